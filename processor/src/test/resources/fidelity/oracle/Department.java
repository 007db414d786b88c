package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "HR_DEPT", uniqueConstraints = @UniqueConstraint(columnNames = {"DEPT_CODE"}))
public class Department {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "DEPT_CODE", nullable = false, length = 10) String code;
    @Column(name = "name") String name;
    @OneToMany(mappedBy = "department") Set<Employee> employees;
}
