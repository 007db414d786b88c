package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "PO_LINE")
public class PurchaseOrderLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne Sku sku;
    int quantity;
    @Column(precision = 12, scale = 2) java.math.BigDecimal price;
}
