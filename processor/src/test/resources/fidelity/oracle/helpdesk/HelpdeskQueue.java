package oracle.helpdesk;

import jakarta.persistence.*;

/** A queue in the default schema, in a second entity package, referencing the helpdesk schema. */
@Entity
@Table(name = "HD_QUEUE", indexes = @Index(name = "HD_QUEUE_NAME_IDX", columnList = "NAME"))
public class HelpdeskQueue {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hd_queue_seq")
    @SequenceGenerator(name = "hd_queue_seq", sequenceName = "HD_QUEUE_SEQ", schema = "helpdesk",
        allocationSize = 1)
    Long id;
    @Column(name = "NAME", nullable = false, length = 60) String name;
    @ManyToOne(optional = false) @JoinColumn(name = "SLA_ID") Sla sla;
    @Enumerated(EnumType.STRING) @Column(length = 12) Priority level;

    public enum Priority { LOW, NORMAL, URGENT }
}
