package oracle;

import jakarta.persistence.*;
import java.util.Map;

/** Maps keyed by an entity: the key is a join column to the key entity's table. */
@Entity
public class Timetable {
    @Id @GeneratedValue Long id;
    @ManyToMany @MapKeyClass(ProductCategory.class)
    Map<ProductCategory, ProductCategory> leadByCategory;
    @ManyToMany @JoinTable(name = "tt_backup") @MapKeyJoinColumn(name = "category")
    Map<ProductCategory, ProductCategory> backupByCategory;
    @OneToMany @JoinTable(name = "tt_deputy") Map<ProductCategory, ProductCategory> deputyOf;
    @ElementCollection Map<ProductCategory, Integer> quota;
    @ElementCollection @CollectionTable(name = "tt_budget") @Column(name = "amount")
    @MapKeyJoinColumn(name = "cat_id", foreignKey = @ForeignKey(name = "tt_budget_cat"))
    Map<ProductCategory, Long> budget;
}
