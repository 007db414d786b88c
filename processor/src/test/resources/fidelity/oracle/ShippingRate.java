package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class ShippingRate {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Integer id;
    @ManyToOne @JoinColumn(name = "SCAC") Carrier carrier;
    @Column(name = "ZONE_CD", length = 8) String zone;
    @Column(precision = 8, scale = 2) java.math.BigDecimal rate;
}
