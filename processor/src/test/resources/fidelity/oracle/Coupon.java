package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "SHOP_COUPON")
public class Coupon {
    @Id @Column(name = "COUPON_CD", length = 20) String code;
    @Column(precision = 5, scale = 2) java.math.BigDecimal percentOff;
    java.time.LocalDate validFrom;
    java.time.LocalDate validUntil;
    @Column(name = "MAX_USES", nullable = false) int maxUses;
    @Version Integer version;
}
