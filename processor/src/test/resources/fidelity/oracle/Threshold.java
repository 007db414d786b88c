package oracle;

import jakarta.persistence.*;

@Embeddable
public class Threshold {
    public enum Direction { ABOVE, BELOW }

    @Column(name = "level") int level;
    @Column(precision = 10, scale = 3) java.math.BigDecimal limitValue;
    @Enumerated(EnumType.STRING) Direction direction;
}
