package oracle;

import jakarta.persistence.*;

@Entity
public class Vessel {
    @EmbeddedId VesselId id;
    String name;
}
