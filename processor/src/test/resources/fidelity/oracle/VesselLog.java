package oracle;

import jakarta.persistence.*;

/**
 * Derived identity 6b: the parent uses an embedded id, the dependant's id is the same type, and
 * @MapsId without a value maps it to the relationship's join columns.
 */
@Entity
public class VesselLog {
    @EmbeddedId VesselId id;
    @MapsId
    @JoinColumns({@JoinColumn(name = "V_REGISTRY", referencedColumnName = "registry"),
        @JoinColumn(name = "V_NUMBER", referencedColumnName = "number")})
    @OneToOne Vessel vessel;
    int entries;
}
