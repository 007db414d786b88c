package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "telemetry_channel")
public class TelemetryChannel {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @ManyToOne Device device;
    @Column(name = "name", nullable = false) String name;
    @ElementCollection
    @CollectionTable(name = "CHANNEL_THRESHOLD", joinColumns = @JoinColumn(name = "CHANNEL_ID"))
    List<Threshold> thresholds;
}
