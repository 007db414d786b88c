package oracle;

import jakarta.persistence.*;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "HR_POSITION")
public class JobPosition {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(nullable = false) String title;
    Integer grade;
    @ManyToMany
    @JoinTable(name = "HR_POSITION_DEPT", joinColumns = @JoinColumn(name = "POSITION_ID"),
        inverseJoinColumns = @JoinColumn(name = "DEPT_ID"))
    Set<Department> departments;
}
