package oracle.helpdesk;

import jakarta.persistence.*;
import java.io.Serializable;

/** A composite key whose explicit upper-case column sorts before a lower-case field name. */
@Embeddable
public class SlaTargetKey implements Serializable {
    @Column(name = "SLA_NO") Integer slaNo;
    Integer metric;

    @Override public boolean equals(Object o) {
        return o instanceof SlaTargetKey k && java.util.Objects.equals(slaNo, k.slaNo)
            && java.util.Objects.equals(metric, k.metric);
    }

    @Override public int hashCode() {
        return java.util.Objects.hash(slaNo, metric);
    }
}
