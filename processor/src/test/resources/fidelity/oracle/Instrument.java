package oracle;

import jakarta.persistence.*;

/** A single-table root whose primitive @Column its subclass's check lists (Hibernate 7). */
@Entity
public class Instrument {
    @Id Long id;
    @Column(name = "string_count") int strings;
    int keys;
    @Version int revision;
}
