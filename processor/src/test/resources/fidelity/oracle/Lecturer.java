package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EDU_LECTURER")
public class Lecturer {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "name", nullable = false) String name;
    @ManyToMany
    @JoinTable(name = "EDU_LECTURER_COURSE", joinColumns = @JoinColumn(name = "LECTURER_ID"),
        inverseJoinColumns = @JoinColumn(name = "COURSE_CD"))
    Set<Course> courses;
}
