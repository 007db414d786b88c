package oracle;

import jakarta.persistence.*;

/** Primitives with an explicit @Column are nullable unless it or @Basic says otherwise. */
@Entity
public class Gauge {
    @Id Long id;
    @Column int reading;
    @Column(name = "max_reading") long maximum;
    @Column(nullable = false) int required;
    @Basic(optional = false) @Column double factor;
}
