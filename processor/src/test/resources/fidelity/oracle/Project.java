package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "PM_PROJECT")
public class Project extends AuditedEntity {
    public enum Phase { PROPOSED, ACTIVE, ON_HOLD, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "PM_PROJECT_SEQ", allocationSize = 1)
    Integer id;
    @Column(name = "PROJ_CD", unique = true, length = 10) String code;
    @Column(name = "name", nullable = false) String name;
    @Column(precision = 14, scale = 2) java.math.BigDecimal budget;
    java.time.LocalDate startDate;
    @Enumerated(EnumType.STRING) Phase phase;
}
