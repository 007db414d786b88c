package oracle;

import jakarta.persistence.*;

/** References to composite keys, implicit and with @JoinColumns; one without a constraint. */
@Entity
public class Shipment {
    @Id Long id;
    @ManyToOne OrderLine line;
    @ManyToOne Part part;
    @ManyToOne
    @JoinColumns({
        @JoinColumn(name = "spare_maker", referencedColumnName = "maker"),
        @JoinColumn(name = "spare_code", referencedColumnName = "code")})
    Part spare;
    @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Person courier;
}
