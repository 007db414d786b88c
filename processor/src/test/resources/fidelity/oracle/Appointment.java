package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "CLN_APPOINTMENT")
public class Appointment extends AuditedEntity {
    public enum Status { BOOKED, ARRIVED, SEEN, NO_SHOW, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appt_seq")
    @SequenceGenerator(name = "appt_seq", sequenceName = "CLN_APPT_SEQ", allocationSize = 1)
    Integer id;
    @ManyToOne(optional = false) Patient patient;
    @ManyToOne Physician physician;
    java.time.OffsetDateTime scheduledFor;
    int durationMinutes;
    @Column(name = "status") @Enumerated(EnumType.STRING) Status status;
    @Column(name = "comment") String comment;
}
