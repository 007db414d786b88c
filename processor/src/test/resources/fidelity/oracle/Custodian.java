package oracle;

import jakarta.persistence.*;
import java.io.Serializable;

/** A parent with a composite embedded id, for the derived identity of Dependant. */
@Entity
public class Custodian {
    @Embeddable
    public static class CustodianId implements Serializable {
        String given;
        String family;
        public boolean equals(Object o) { return o instanceof CustodianId g && java.util.Objects.equals(given, g.given) && java.util.Objects.equals(family, g.family); }
        public int hashCode() { return java.util.Objects.hash(given, family); }
    }

    @EmbeddedId CustodianId id;
    String phone;
}
