package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "LOG_ROUTE")
public class DeliveryRoute {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "route_seq")
    @SequenceGenerator(name = "route_seq", sequenceName = "ROUTE_SEQ", allocationSize = 1)
    Integer id;
    @Column(name = "ROUTE_CD", length = 12) String code;
    java.time.LocalDate serviceDate;
    @OneToMany @JoinColumn(name = "ROUTE_ID") Set<Parcel> parcels;
    @ManyToOne Carrier carrier;
}
