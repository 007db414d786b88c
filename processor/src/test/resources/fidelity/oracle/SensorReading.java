package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "sensor_reading",
    indexes = @Index(name = "IX_READING_DEVICE_TS", columnList = "device_id, timestamp"))
public class SensorReading {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Device device;
    @Column(name = "timestamp", nullable = false) java.time.OffsetDateTime timestamp;
    @Column(name = "value") double value;
    @Column(name = "unit", length = 10) String unit;
}
