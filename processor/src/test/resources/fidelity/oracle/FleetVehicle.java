package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "FLT_VEHICLE")
public class FleetVehicle {
    public enum FuelType { DIESEL, PETROL, ELECTRIC, HYBRID }

    @Id @Column(name = "VIN", length = 17) String vin;
    @Column(name = "PLATE_NO", length = 12) String plate;
    int modelYear;
    @Column(name = "ODOMETER_KM") long odometerKm;
    @Enumerated FuelType fuel;
}
