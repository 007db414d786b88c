package oracle;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "IOT_DEVICE", uniqueConstraints = @UniqueConstraint(columnNames = {"SERIAL_NO", "VENDOR"}))
public class Device {
    public enum DeviceType { SENSOR, ACTUATOR, CAMERA, METER }

    @Id UUID id;
    @Column(name = "SERIAL_NO", nullable = false, length = 40) String serialNumber;
    @Column(name = "VENDOR", nullable = false, length = 60) String vendor;
    @Column(name = "type") @Enumerated(EnumType.STRING) DeviceType type;
    @ManyToOne @JoinColumn(name = "SITE_ID") Site site;
    @Version Long version;
    boolean online;
    @Column(name = "Firmware_Ver", length = 20) String firmwareVersion;
}
