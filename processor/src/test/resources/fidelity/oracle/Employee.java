package oracle;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "HR_EMPLOYEE", indexes = @Index(columnList = "LAST_NM, FIRST_NM"))
public class Employee {
    public enum EmploymentStatus { ACTIVE, ON_LEAVE, TERMINATED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emp_seq")
    @SequenceGenerator(name = "emp_seq", sequenceName = "HR_EMP_SEQ", allocationSize = 1)
    @Column(name = "EMP_ID")
    Integer id;
    @Column(name = "FIRST_NM", length = 60) String firstName;
    @Column(name = "LAST_NM", nullable = false, length = 60) String lastName;
    @Column(name = "HIRE_DT") java.time.LocalDate hireDate;
    @ManyToOne @JoinColumn(name = "DEPT_ID") Department department;
    @ManyToOne @JoinColumn(name = "MGR_ID") Employee manager;
    @Enumerated(EnumType.STRING) @Column(name = "status", length = 20) EmploymentStatus status;
    @Version Integer version;
    @ElementCollection @CollectionTable(name = "HR_EMPLOYEE_SKILL") List<Skill> skills;
    @Column(name = "PHOTO") byte[] photo;
}
