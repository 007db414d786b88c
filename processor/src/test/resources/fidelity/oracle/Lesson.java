package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Lesson {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @ManyToOne @JoinColumn(name = "COURSE_CD") Course course;
    @ManyToOne Classroom room;
    java.time.LocalDateTime startsAt;
    @Column(name = "position") int position;
}
