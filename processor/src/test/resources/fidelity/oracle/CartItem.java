package oracle;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "SHOP_CART_ITEM")
public class CartItem {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Cart cart;
    @ManyToOne ShopProduct product;
    int quantity;
}
