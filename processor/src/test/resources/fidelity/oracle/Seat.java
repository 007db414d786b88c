package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EVT_SEAT",
    uniqueConstraints = @UniqueConstraint(columnNames = {"auditorium_id", "ROW_LBL", "SEAT_NO"}))
public class Seat {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) Auditorium auditorium;
    @Column(name = "ROW_LBL", length = 4) String rowLabel;
    @Column(name = "SEAT_NO") int seatNumber;
    @Column(name = "level") int level;
}
