package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "IOT_SITE")
public class Site extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    @SequenceGenerator(name = "site_seq", sequenceName = "IOT_SITE_SEQ", allocationSize = 1)
    Integer id;
    @Column(name = "name", nullable = false) String name;
    @Column(name = "TZ", length = 40) String timezone;
    @Column(precision = 9, scale = 6) java.math.BigDecimal latitude;
    @Column(precision = 9, scale = 6) java.math.BigDecimal longitude;
    @OneToMany(mappedBy = "site") Set<Device> devices;
}
