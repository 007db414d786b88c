package oracle;

import jakarta.persistence.*;

/** An attribute typed by an auto-applied converter, and one that opts out of it. */
@Entity
public class Edition {
    @Id Long id;
    @Column(length = 17) Isbn isbn;
    Isbn previous;
}
