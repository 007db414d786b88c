package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "IOT_DEVICE_CONFIG")
public class DeviceConfig {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @OneToOne(optional = false) @JoinColumn(name = "DEVICE_ID", nullable = false, unique = true)
    Device device;
    @ElementCollection @CollectionTable(name = "DEVICE_CONFIG_PARAM") @Column(name = "param")
    Set<String> parameters;
    @Version Integer version;
}
