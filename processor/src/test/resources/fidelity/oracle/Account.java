package oracle;

import jakarta.persistence.*;

/** Table per concrete class: no table for the abstract root. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Account {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    String owner;
}
