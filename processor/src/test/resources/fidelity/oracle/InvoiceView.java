package oracle;

import jakarta.persistence.*;

/**
 * The read model of invoice: the columns it shares with Invoice, under its own attribute names,
 * and one only it maps; the table has the columns of both.
 */
@Entity
@Table(name = "invoice")
@org.hibernate.annotations.Immutable
public class InvoiceView {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 20) String number;
    @Column(name = "total", precision = 12, scale = 2) java.math.BigDecimal amount;
    @Column(name = "customer_id") Long customerId;
    String status;
}
