package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "FLT_SERVICE")
public class ServiceRecord {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @ManyToOne @JoinColumn(name = "VIN") FleetVehicle vehicle;
    java.time.LocalDate servicedOn;
    @Column(name = "action", length = 60) String action;
    @Lob String notes;
    @Version int version;
}
