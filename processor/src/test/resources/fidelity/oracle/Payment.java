package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "PAYMENTS")
public class Payment {
    public enum Method { CARD, TRANSFER, CASH, DIRECT_DEBIT }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "PAYMENT_ID") Long id;
    @ManyToOne Bill bill;
    @Column(name = "RECEIVED_TS") java.time.OffsetDateTime receivedAt;
    @Enumerated Method method;
    @Column(nullable = false, precision = 12, scale = 2) java.math.BigDecimal amount;
    @Column(name = "source") String source;
    @Column(name = "reference", length = 64) String reference;
}
