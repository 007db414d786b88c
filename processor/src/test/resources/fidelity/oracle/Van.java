package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** @OnDelete on a joined subclass: its key's foreign key to the parent's table. */
@Entity
@OnDelete(action = OnDeleteAction.CASCADE)
public class Van extends Vehicle {
    Integer seats;
}
