package oracle;

import java.io.Serializable;
import java.util.Objects;

public class PartKey implements Serializable {
    Long maker;
    String code;

    @Override public boolean equals(Object o) {
        return o instanceof PartKey k && Objects.equals(maker, k.maker) && Objects.equals(code, k.code);
    }

    @Override public int hashCode() { return Objects.hash(maker, code); }
}
