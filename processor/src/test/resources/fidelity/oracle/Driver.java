package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "FLT_DRIVER")
public class Driver extends AuditedEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "name", nullable = false) String name;
    @Column(name = "LICENSE_CLASS", length = 4) String licenseClass;
    java.time.LocalDate licenseExpiry;
    @OneToOne @JoinColumn(name = "VIN") FleetVehicle assignedVehicle;
}
