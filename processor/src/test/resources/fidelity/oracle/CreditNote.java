package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "credit_note")
public class CreditNote extends AuditedEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @OneToOne @JoinColumn(name = "origin_bill_id") Bill originBill;
    @Column(nullable = false) String reason;
    @Column(name = "comment", length = 1000) String comment;
    @Column(precision = 12, scale = 2) java.math.BigDecimal amount;
}
