package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "SHOP_CART")
public class Cart {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "SESSION_KEY", length = 64) String sessionKey;
    java.time.Instant createdAt;
    @OneToMany(mappedBy = "cart") List<CartItem> items;
}
