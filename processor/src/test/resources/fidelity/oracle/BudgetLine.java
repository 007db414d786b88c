package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "PM_BUDGET_LINE")
public class BudgetLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne Project project;
    @ManyToOne @JoinColumn(name = "ACCT_CD") LedgerAccount account;
    @Column(precision = 14, scale = 2) java.math.BigDecimal amount;
    @Column(name = "FISCAL_YR") short fiscalYear;
}
