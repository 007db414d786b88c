package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "leave_request")
public class LeaveRequest extends AuditedEntity {
    public enum LeaveType { ANNUAL, SICK, PARENTAL, UNPAID }
    public enum Status { REQUESTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leave_seq")
    @SequenceGenerator(name = "leave_seq", sequenceName = "leave_request_seq", allocationSize = 1)
    Integer id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Employee employee;
    java.time.LocalDate startDate;
    java.time.LocalDate endDate;
    @Enumerated LeaveType type;
    @Column(name = "status", nullable = false) @Enumerated(EnumType.STRING) Status status;
}
