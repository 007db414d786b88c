package oracle;

import jakarta.persistence.*;

/** An embeddable holding an association, embedded twice with @AssociationOverride. */
@Embeddable
public class Handover {
    @ManyToOne Person by;
    @Column(name = "handed_on") java.time.LocalDate on; // on is reserved
}
