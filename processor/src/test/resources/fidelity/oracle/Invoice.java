package oracle;

import jakarta.persistence.*;

/** The write model of a table another entity maps too (InvoiceView): Hibernate merges them. */
@Entity
@Table(name = "invoice")
public class Invoice {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, length = 20) String number;
    @Column(precision = 12, scale = 2) java.math.BigDecimal total;
    @ManyToOne Person customer;
}
