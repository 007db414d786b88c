package oracle;

import jakarta.persistence.*;

/** A single-table subclass whose primitive has an explicit @Column: nullable, no check. */
@Entity
public class Print extends Exhibit {
    @Column int copies;
}
