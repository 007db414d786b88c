package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "BILL_ACCT",
    indexes = @Index(name = "IX_BILL_ACCT_CUST", columnList = "CUST_ID"),
    uniqueConstraints = @UniqueConstraint(columnNames = "ACCT_NO"))
public class BillingAccount {
    public enum Status { OPEN, SUSPENDED, CLOSED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "ACCT_NO", nullable = false, length = 32) String accountNumber;
    @ManyToOne(optional = false) @JoinColumn(name = "CUST_ID") BillingCustomer customer;
    @Column(precision = 19, scale = 4) java.math.BigDecimal balance;
    @Column(name = "status") @Enumerated(EnumType.STRING) Status status;
    @Column(length = 3) String currency;
    java.time.LocalDate openedOn;
}
