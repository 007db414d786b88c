package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Toll {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne Trip trip;
    @Column(precision = 6, scale = 2) java.math.BigDecimal amount;
    @Column(name = "timestamp") java.time.OffsetDateTime timestamp;
}
