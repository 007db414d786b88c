package oracle;

import jakarta.persistence.*;
import java.util.List;

/** A unidirectional one-to-many through a join column on the line table. */
@Entity
@Table(name = "PO_HEADER")
public class PurchaseOrder {
    public enum Status { DRAFT, SENT, RECEIVED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "po_seq")
    @SequenceGenerator(name = "po_seq", sequenceName = "PO_SEQ", allocationSize = 1)
    Long id;
    @Column(name = "PO_NO", nullable = false, length = 20) String number;
    @ManyToOne(optional = false) @JoinColumn(name = "SUPPLIER_ID") Supplier supplier;
    java.time.LocalDate orderedOn;
    @OneToMany @JoinColumn(name = "PO_ID") List<PurchaseOrderLine> lines;
    @Enumerated(EnumType.STRING) @Column(name = "status") Status status;
}
