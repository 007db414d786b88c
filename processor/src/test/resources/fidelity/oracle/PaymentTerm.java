package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "payment_term")
public class PaymentTerm {
    @Id Integer id;
    @Column(name = "name", nullable = false) String name;
    int days;
    @ElementCollection
    @CollectionTable(name = "payment_term_reminder", joinColumns = @JoinColumn(name = "term_id"))
    @Column(name = "day_offset")
    Set<Integer> reminderDays;
}
