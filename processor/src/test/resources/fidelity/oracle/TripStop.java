package oracle;

import jakarta.persistence.*;
import java.util.*;

@Embeddable
public class TripStop {
    @Column(name = "name") String name;
    @Column(precision = 9, scale = 6) java.math.BigDecimal lat;
    @Column(precision = 9, scale = 6) java.math.BigDecimal lon;
}
