package oracle;

import jakarta.persistence.*;

@Entity
@PrimaryKeyJoinColumn(name = "truck_id")
public class Truck extends Vehicle {
    double payload;
}
