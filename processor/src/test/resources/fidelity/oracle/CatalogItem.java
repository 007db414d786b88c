package oracle;

import jakarta.persistence.*;

/**
 * Secondary tables: columns kept in tables of their own, keyed by the entity's id (named by
 * pkJoinColumns, or as the primary key), with a reference, a unique column, an enum, a primitive
 * and a BigInteger with a precision among them.
 */
@Entity
@Table(name = "CAT_ITEM")
@SecondaryTable(name = "CAT_ITEM_DETAIL", pkJoinColumns = @PrimaryKeyJoinColumn(name = "ITEM_ID"))
@SecondaryTable(name = "cat_item_stock")
public class CatalogItem {
    public enum Status { ACTIVE, RETIRED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 80) String title;
    @Column(table = "CAT_ITEM_DETAIL", length = 2000) String description;
    @Column(table = "CAT_ITEM_DETAIL", precision = 18) java.math.BigInteger serialNumber;
    @Column(table = "CAT_ITEM_DETAIL", unique = true, length = 20) String barcode;
    @Column(table = "cat_item_stock", nullable = false) int onHand;
    @Column(table = "cat_item_stock") Integer reserved;
    @ManyToOne @JoinColumn(name = "CATEGORY_ID", table = "cat_item_stock") ProductCategory category;
    @Enumerated(EnumType.STRING) @Column(table = "cat_item_stock", length = 12) Status status;
}
