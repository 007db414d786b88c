package oracle;

import jakarta.persistence.*;

/** References into hierarchies: a single-table subclass and a joined subclass. */
@Entity
public class Loan {
    @Id Long id;
    @ManyToOne Painting painting;
    @ManyToOne Car car;
}
