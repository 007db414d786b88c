package oracle.helpdesk;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;
import oracle.BillingCustomer;

/** A service-level agreement in its own schema and package, over customers of the public one. */
@Entity
@Table(name = "HD_SLA", schema = "helpdesk")
public class Sla {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Integer id;
    @Column(nullable = false, length = 80) String name;
    @Column(name = "RESPONSE_MINUTES") int responseMinutes;
    @ManyToMany Set<BillingCustomer> customers;
    @ElementCollection @CollectionTable(name = "HD_SLA_HOURS") @Column(name = "weekday")
    Set<Integer> weekdays;
    @ElementCollection @OrderColumn @Column(length = 40) List<String> escalations;
}
