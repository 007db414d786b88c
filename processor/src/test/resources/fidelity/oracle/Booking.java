package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EVT_BOOKING")
public class Booking {
    public enum BookingStatus { HELD, CONFIRMED, CANCELLED, REFUNDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    @SequenceGenerator(name = "booking_seq", sequenceName = "EVT_BOOKING_SEQ", allocationSize = 1)
    Long id;
    @ManyToOne(optional = false) Concert concert;
    @ManyToOne Seat seat;
    @Column(name = "BOOKED_TS") java.time.Instant bookedAt;
    @Column(precision = 8, scale = 2) java.math.BigDecimal price;
    @Enumerated(EnumType.STRING) BookingStatus status;
    @Version Long version;
}
