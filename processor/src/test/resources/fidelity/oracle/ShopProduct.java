package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "SHOP_PRODUCT")
public class ShopProduct extends StockedEntity {
    @Column(name = "name", nullable = false) String name;
    @Column(precision = 10, scale = 2) java.math.BigDecimal price;
    @Lob String description;
    @ManyToOne Sku sku;
    @ElementCollection @CollectionTable(name = "SHOP_PRODUCT_IMAGE") @OrderColumn(name = "idx")
    List<String> imageUrls;
}
