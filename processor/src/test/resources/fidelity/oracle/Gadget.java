package oracle;

import jakarta.persistence.*;

@Entity
public class Gadget extends Keyed<Long> {
    java.math.BigDecimal price;
}
