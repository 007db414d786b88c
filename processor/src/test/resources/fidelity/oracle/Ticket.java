package oracle;

import jakarta.persistence.*;

/** Ids from Hibernate's default generator table. */
@Entity
public class Ticket {
    @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
}
