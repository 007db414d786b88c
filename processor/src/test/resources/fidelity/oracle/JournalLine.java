package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "GL_JOURNAL_LINE")
public class JournalLine {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "JOURNAL_ID") JournalEntry journal;
    @ManyToOne(optional = false) @JoinColumn(name = "ACCT_CD") LedgerAccount account;
    @Column(precision = 15, scale = 2) java.math.BigDecimal debit;
    @Column(precision = 15, scale = 2) java.math.BigDecimal credit;
}
