package oracle;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "HD_CASE")
public class SupportCase extends AuditedEntity {
    public enum Priority { LOW, NORMAL, HIGH, URGENT }
    public enum Status { NEW, OPEN, PENDING, SOLVED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
    @SequenceGenerator(name = "case_seq", sequenceName = "HD_CASE_SEQ", allocationSize = 1)
    Integer id;
    @Column(nullable = false) String subject;
    @Lob String description;
    @Enumerated(EnumType.STRING) Priority priority;
    @Column(name = "status", nullable = false) @Enumerated(EnumType.STRING) Status status;
    @ManyToOne @JoinColumn(name = "ASSIGNEE") SupportAgent assignee;
    @ManyToOne(optional = false) BillingCustomer customer;
    @OneToMany(mappedBy = "supportCase") List<CaseMessage> messages;
}
