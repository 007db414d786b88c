package oracle;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "INV_MOVEMENT")
public class StockMovement {
    public enum Reason { RECEIPT, SHIPMENT, ADJUSTMENT, TRANSFER }

    @Id UUID id;
    @ManyToOne(optional = false) Sku sku;
    @ManyToOne @JoinColumn(name = "FROM_LOC") StockLocation from;
    @ManyToOne @JoinColumn(name = "TO_LOC") StockLocation to;
    int quantity;
    @Column(name = "timestamp", nullable = false) java.time.Instant timestamp;
    @Enumerated Reason reason;
    @Column(name = "source", length = 30) String source;
}
