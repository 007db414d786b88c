package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "SHOP_WISHLIST")
public class Wishlist {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "name") String name;
    @ManyToMany
    @JoinTable(name = "SHOP_WISHLIST_PRODUCT", joinColumns = @JoinColumn(name = "WISHLIST_ID"),
        inverseJoinColumns = @JoinColumn(name = "PRODUCT_ID"))
    Set<ShopProduct> products;
}
