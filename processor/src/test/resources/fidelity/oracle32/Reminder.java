package oracle;

import jakarta.persistence.*;

/** A partial index: JPA 3.2's @Index(options), which Hibernate appends to its DDL. */
@Entity
@Table(indexes = @Index(name = "reminder_open_due", columnList = "due",
    options = "WHERE done = false"))
public class Reminder {
    @Id Long id;
    java.time.LocalDate due;
    boolean done;
}
