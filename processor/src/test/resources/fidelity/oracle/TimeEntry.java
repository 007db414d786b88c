package oracle;

import jakarta.persistence.*;

@Embeddable
public class TimeEntry {
    java.time.LocalDate day;
    @Column(name = "hours", precision = 4, scale = 2) java.math.BigDecimal hours;
    @Column(name = "comment") String comment;
}
