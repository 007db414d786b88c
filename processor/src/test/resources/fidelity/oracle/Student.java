package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EDU_STUDENT")
public class Student extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_seq")
    @SequenceGenerator(name = "student_seq", sequenceName = "EDU_STUDENT_SEQ", allocationSize = 1)
    Integer id;
    @Column(name = "STUDENT_NO", unique = true, length = 16) String studentNumber;
    @Column(name = "FIRST_NM") String firstName;
    @Column(name = "LAST_NM", nullable = false) String lastName;
    java.time.LocalDate birthDate;
}
