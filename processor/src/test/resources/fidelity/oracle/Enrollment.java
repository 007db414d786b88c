package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EDU_ENROLLMENT",
    uniqueConstraints = @UniqueConstraint(columnNames = {"student_id", "COURSE_CD", "term"}))
public class Enrollment {
    public enum Status { ENROLLED, WITHDRAWN, COMPLETED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) Student student;
    @ManyToOne(optional = false) @JoinColumn(name = "COURSE_CD") Course course;
    @Column(name = "term", length = 6, nullable = false) String term;
    @Column(precision = 4, scale = 2) java.math.BigDecimal grade;
    @Enumerated(EnumType.STRING) Status status;
}
