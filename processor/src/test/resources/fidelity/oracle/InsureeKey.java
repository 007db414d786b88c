package oracle;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Insuree's id class and Coverage's embedded id: derived identity 5b. */
@Embeddable
public class InsureeKey implements Serializable {
    String given;
    String family;

    @Override public boolean equals(Object o) {
        return o instanceof InsureeKey k && Objects.equals(given, k.given)
            && Objects.equals(family, k.family);
    }

    @Override public int hashCode() { return Objects.hash(given, family); }
}
