package oracle;

import jakarta.persistence.*;

/** Joined inheritance: a table per class, keys that are also foreign keys. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String make;
}
