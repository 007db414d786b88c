package oracle;

import jakarta.persistence.*;
import java.io.Serializable;

/**
 * Derived identity, the specification's example 2b: the embedded id holds the parent's id as an
 * attribute, which @MapsId("custodianId") maps to the association's join columns.
 */
@Entity
public class Dependant {
    @Embeddable
    public static class DependantId implements Serializable {
        String name;
        Custodian.CustodianId custodianId;
        public boolean equals(Object o) { return o instanceof DependantId d && java.util.Objects.equals(name, d.name) && java.util.Objects.equals(custodianId, d.custodianId); }
        public int hashCode() { return java.util.Objects.hash(name, custodianId); }
    }

    @EmbeddedId DependantId id;

    @MapsId("custodianId")
    @JoinColumns({
        @JoinColumn(name = "CUSTODIAN_FIRST", referencedColumnName = "given"),
        @JoinColumn(name = "CUSTODIAN_LAST", referencedColumnName = "family")})
    @ManyToOne Custodian custodian;

    Integer age;
}
