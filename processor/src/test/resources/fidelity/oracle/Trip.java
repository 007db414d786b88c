package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Trip {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @ManyToOne Driver driver;
    @ManyToOne @JoinColumn(name = "VIN") FleetVehicle vehicle;
    java.time.LocalDateTime departedAt;
    java.time.LocalDateTime arrivedAt;
    double distanceKm;
    @ElementCollection
    @CollectionTable(name = "FLT_TRIP_STOP", joinColumns = @JoinColumn(name = "TRIP_ID"))
    @OrderColumn(name = "STOP_SEQ")
    List<TripStop> stops;
}
