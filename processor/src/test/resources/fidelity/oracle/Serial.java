package oracle;

import jakarta.persistence.*;

/** GenerationType.AUTO on a Long: a sequence named after the entity. */
@Entity
public class Serial {
    @Id @GeneratedValue Long id;
    char grade;
    Character mark;
}
