package oracle;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "product_category")
public class ProductCategory {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_category_seq")
    @SequenceGenerator(name = "product_category_seq", allocationSize = 1)
    Integer id;
    @Column(name = "name", nullable = false) String name;
    @ManyToOne ProductCategory parent;
    @OneToMany(mappedBy = "parent") List<ProductCategory> children;
    @Column(name = "position") int position;
}
