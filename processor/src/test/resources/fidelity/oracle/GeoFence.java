package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "FLT_GEOFENCE")
public class GeoFence {
    @Id Integer id;
    @Column(name = "name") String name;
    @Column(name = "data") byte[] polygon;
    @ManyToMany
    @JoinTable(name = "FLT_GEOFENCE_VEHICLE", joinColumns = @JoinColumn(name = "FENCE_ID"),
        inverseJoinColumns = @JoinColumn(name = "VIN"))
    Set<FleetVehicle> vehicles;
}
