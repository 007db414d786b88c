package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "LOG_CARRIER")
public class Carrier {
    @Id @Column(name = "SCAC", length = 4) String scac;
    @Column(nullable = false) String name;
    @Column(name = "Tracking_Url") String trackingUrl;
    @Version Integer version;
}
