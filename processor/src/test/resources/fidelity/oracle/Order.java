package oracle;

import jakarta.persistence.*;

/** A reserved name quoted in the annotation: the table is "Order", case and all. */
@Entity
@Table(name = "\"Order\"")
public class Order {
    @Id Long id;
    @ManyToOne User user;
    String value;
}
