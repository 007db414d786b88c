package quoting;

import jakarta.persistence.*;
import java.util.Set;

/**
 * Implicit names built on a quoted table (Order's, a key word) are quoted too: the join column
 * lastOrder_id and the join table customers_Order keep their case.
 */
@Entity
@Table(name = "Customers")
public class Customer {
    @Id Long id;
    @Column(name = "Group", length = 40) String group;
    @Column(name = "\"Level\"") Integer level;
    @ManyToOne Order lastOrder;
    @ManyToMany Set<Order> pastOrders;
}
