package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "SHOP_REVIEW")
public class ProductReview {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) ShopProduct product;
    @Column(name = "rating") int rating;
    @Column(name = "comment", length = 4000) String comment;
    java.time.OffsetDateTime postedAt;
}
