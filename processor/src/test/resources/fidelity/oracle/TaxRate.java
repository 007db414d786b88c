package oracle;

import jakarta.persistence.*;

/** A natural String key, keyword-like column names, a short version. */
@Entity
@Table(name = "TAX_RATE")
public class TaxRate {
    @Id @Column(name = "TAX_CODE", length = 10) String code;
    @Column(name = "RATE", precision = 5, scale = 4) java.math.BigDecimal rate;
    boolean active;
    @Column(name = "level") short level;
    @Column(name = "value") double value;
    @Column(name = "key", length = 40) String key;
    @Version short version;
}
