package oracle;

import jakarta.persistence.*;
import java.io.Serializable;

/** A parent keyed by an @IdClass, for the derived identity of Sponsee. */
@Entity
@IdClass(Sponsor.SponsorKey.class)
public class Sponsor {
    public static class SponsorKey implements Serializable {
        String region;
        Integer number;
        public boolean equals(Object o) { return o instanceof SponsorKey k && java.util.Objects.equals(region, k.region) && java.util.Objects.equals(number, k.number); }
        public int hashCode() { return java.util.Objects.hash(region, number); }
    }

    @Id String region;
    @Id Integer number;
    String title;
}
