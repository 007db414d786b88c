package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EDU_COURSE")
public class Course {
    @Id @Column(name = "COURSE_CD", length = 12) String code;
    @Column(nullable = false) String title;
    int credits;
    @Column(name = "level") short level;
    @ManyToMany
    @JoinTable(name = "EDU_COURSE_PREREQ", joinColumns = @JoinColumn(name = "COURSE_CD"),
        inverseJoinColumns = @JoinColumn(name = "PREREQ_CD"))
    Set<Course> prerequisites;
}
