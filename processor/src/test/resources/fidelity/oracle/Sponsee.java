package oracle;

import jakarta.persistence.*;
import java.io.Serializable;

/**
 * Derived identity, the specification's example 3b: the embedded id holds the parent's id class,
 * which @MapsId("sponsor") maps to the association's default join columns.
 */
@Entity
public class Sponsee {
    @Embeddable
    public static class SponseeId implements Serializable {
        String label;
        Sponsor.SponsorKey sponsor;
        public boolean equals(Object o) { return o instanceof SponseeId s && java.util.Objects.equals(label, s.label) && java.util.Objects.equals(sponsor, s.sponsor); }
        public int hashCode() { return java.util.Objects.hash(label, sponsor); }
    }

    @EmbeddedId SponseeId id;
    @MapsId("sponsor") @ManyToOne Sponsor sponsor;
    java.time.LocalDate since;
}
