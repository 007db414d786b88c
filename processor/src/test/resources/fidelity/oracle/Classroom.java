package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Classroom {
    @Id Integer id;
    @Column(name = "building", length = 20) String building;
    int seats;
    @Column(name = "data") byte[] floorPlan;
}
