package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "FLT_FUEL_LOG")
public class FuelLog {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "VIN") FleetVehicle vehicle;
    java.time.LocalDate filledOn;
    @Column(precision = 7, scale = 2) java.math.BigDecimal liters;
    @Column(precision = 9, scale = 2) java.math.BigDecimal cost;
    @Column(name = "source", length = 20) String source;
}
