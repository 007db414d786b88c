package oracle;

import jakarta.persistence.*;

/** An embeddable holding an association, embedded twice with @AssociationOverride. */
@Embeddable
public class Handover {
    @ManyToOne Person by;
    java.time.LocalDate on;
}
