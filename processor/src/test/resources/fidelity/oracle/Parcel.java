package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "LOG_PARCEL")
public class Parcel {
    public enum ParcelStatus { CREATED, IN_TRANSIT, DELIVERED, RETURNED }

    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @ManyToOne(optional = false) @JoinColumn(name = "SCAC") Carrier carrier;
    @Column(name = "TRACKING_NO", unique = true, length = 40) String trackingNumber;
    @Column(precision = 8, scale = 3) java.math.BigDecimal weightKg;
    @Enumerated ParcelStatus status;
    @ManyToOne PurchaseOrder purchaseOrder;
    @ElementCollection
    @CollectionTable(name = "PARCEL_SCAN", joinColumns = @JoinColumn(name = "PARCEL_ID"))
    @OrderColumn(name = "SCAN_SEQ")
    List<ParcelScan> scans;
}
