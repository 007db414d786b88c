package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "INV_STOCK_LEVEL", indexes = @Index(columnList = "sku_id, LOC_CD", unique = true))
public class StockLevel extends StockedEntity {
    @ManyToOne(optional = false) Sku sku;
    @ManyToOne(optional = false) @JoinColumn(name = "LOC_CD") StockLocation location;
    int onHand;
    @Column(nullable = false) int reserved;
}
