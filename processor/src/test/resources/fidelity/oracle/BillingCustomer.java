package oracle;

import jakarta.persistence.*;

/** A legacy customer table: upper-case names written unquoted, a sequence of step 1. */
@Entity
@Table(name = "TBL_CUSTOMER")
public class BillingCustomer extends AuditedEntity {
    public enum CustomerType { PERSON, COMPANY, GOVERNMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cust_seq")
    @SequenceGenerator(name = "cust_seq", sequenceName = "SEQ_CUSTOMER", allocationSize = 1)
    @Column(name = "CUST_ID")
    Integer id;
    @Column(name = "CUST_NM", nullable = false, length = 120) String name;
    @Column(name = "CUST_TYPE") @Enumerated(EnumType.STRING) CustomerType type;
    @Column(name = "VAT_NO", length = 20) String vatNumber;
    @Column(name = "CREDIT_LIMIT", precision = 15, scale = 2) java.math.BigDecimal creditLimit;
}
