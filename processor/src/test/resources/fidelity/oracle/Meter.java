package oracle;

import jakarta.persistence.*;

/**
 * Where Hibernate 6.6 and 7 differ on one table: a version, primitives with @Basic and with
 * @Column, times, a name with a digit (snake case), a list index.
 */
@Entity
public class Meter {
    @Id Long id;
    @Version Long version;
    @Basic double mean;
    @Column(name = "peak") int peak;
    @Column(nullable = false) int floor;
    int reading;
    java.sql.Time checkedAt;
    java.time.LocalTime opensAt;
    String line2Text;
    @ElementCollection @OrderColumn java.util.List<Integer> samples;
}
