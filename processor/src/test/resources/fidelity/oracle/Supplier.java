package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "SUPPLIERS")
public class Supplier {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    @Column(nullable = false) String name;
    @ElementCollection
    @CollectionTable(name = "SUPPLIER_CONTACT", joinColumns = @JoinColumn(name = "SUPPLIER_ID"))
    Set<ContactPoint> contacts;
    @Version int version;
}
