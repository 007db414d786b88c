package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "bill_line")
public class BillLine {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bill_line_seq")
    @SequenceGenerator(name = "bill_line_seq", allocationSize = 1)
    Integer id;
    @ManyToOne(optional = false) @JoinColumn(name = "bill_id", nullable = false) Bill bill;
    String description;
    int quantity;
    @Column(name = "unit_price", precision = 10, scale = 2) java.math.BigDecimal unitPrice;
    @Column(name = "position") int position;
}
