package oracle;

import jakarta.persistence.*;

/** An Instant version. */
@Entity
public class Qualification {
    @Id Long id;
    String title;
    java.time.LocalDate awardedOn;
    @ManyToOne Employee holder;
    @Version java.time.Instant version;
}
