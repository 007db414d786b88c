package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "GL_FX_RATE",
    uniqueConstraints = @UniqueConstraint(columnNames = {"FROM_CCY", "TO_CCY", "AS_OF"}))
public class ExchangeRate {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "FROM_CCY", length = 3, nullable = false) String from;
    @Column(name = "TO_CCY", length = 3, nullable = false) String to;
    @Column(precision = 18, scale = 8) java.math.BigDecimal rate;
    @Column(name = "AS_OF", nullable = false) java.time.LocalDate asOf;
}
