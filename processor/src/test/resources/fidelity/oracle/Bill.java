package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.UUID;

@Entity
public class Bill {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "bill_no", nullable = false, unique = true) String number;
    java.time.LocalDate issuedOn;
    java.time.LocalDate dueOn;
    @Column(precision = 12, scale = 2) java.math.BigDecimal total;
    @ManyToOne @JoinColumn(name = "account_id") BillingAccount account;
    @OneToMany(mappedBy = "bill") List<BillLine> lines;
    @Version int version;
}
