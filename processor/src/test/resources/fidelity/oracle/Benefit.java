package oracle;

import jakarta.persistence.*;
import java.util.Set;

/** An owning many-to-many with no @JoinTable: JPA's default join table and columns. */
@Entity
public class Benefit {
    @Id @Column(length = 16) String code;
    String name;
    @Column(precision = 8, scale = 2) java.math.BigDecimal monthlyCost;
    @ManyToMany Set<Employee> enrolled;
}
