package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "GL_PERIOD")
public class FiscalPeriod {
    @Id @Column(name = "PERIOD_CD", length = 7) String code;
    java.time.LocalDate startsOn;
    java.time.LocalDate endsOn;
    @Basic(optional = false) boolean closed;
    @Column(name = "CLOSED_TS") java.time.OffsetDateTime closedAt;
}
