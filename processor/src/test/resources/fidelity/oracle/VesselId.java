package oracle;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class VesselId implements Serializable {
    String registry;
    int number;

    @Override public boolean equals(Object o) {
        return o instanceof VesselId k && Objects.equals(registry, k.registry) && number == k.number;
    }

    @Override public int hashCode() { return Objects.hash(registry, number); }
}
