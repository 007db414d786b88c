package oracle;

import jakarta.persistence.*;

@Entity
public class Order {
    @Id Long id;
    @ManyToOne User user;
    String value;
}
