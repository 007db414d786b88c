package oracle;

import jakarta.persistence.*;

@Entity
public class Payslip {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @ManyToOne Employee employee;
    java.time.LocalDate periodStart;
    @Column(precision = 12, scale = 2) java.math.BigDecimal gross;
    @Column(precision = 12, scale = 2) java.math.BigDecimal net;
    @Version java.sql.Timestamp version;
}
