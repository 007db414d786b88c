package oracle.helpdesk;

import jakarta.persistence.*;

/** A target of an agreement, keyed by agreement number and metric, in the helpdesk schema. */
@Entity
@Table(name = "HD_SLA_TARGET", schema = "helpdesk")
public class SlaTarget {
    @EmbeddedId SlaTargetKey key;
    @Column(name = "GOAL_MINUTES", nullable = false) int goalMinutes;
}
