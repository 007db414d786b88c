package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "PM_TIME_BOOKING")
public class TimeBooking {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne WorkItem workItem;
    @ManyToOne Employee employee;
    java.time.LocalDate day;
    @Column(precision = 5, scale = 2) java.math.BigDecimal hours;
    @Column(name = "comment") String comment;
}
