package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "GL_ACCOUNT")
public class LedgerAccount {
    public enum AccountKind { ASSET, LIABILITY, EQUITY, INCOME, EXPENSE }

    @Id @Column(name = "ACCT_CD", length = 10) String code;
    @Column(name = "name") String name;
    @Enumerated AccountKind kind;
    @ManyToOne @JoinColumn(name = "PARENT_CD") LedgerAccount parent;
}
