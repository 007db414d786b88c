package oracle;

import jakarta.persistence.*;
import java.util.Map;

/** Maps keyed by an embeddable: the key's columns are part of the primary key. */
@Entity
public class Roster {
    @Id @GeneratedValue Long id;
    @ElementCollection Map<ShiftSlot, String> assignee;
    @ManyToMany @JoinTable(name = "roster_lead") Map<ShiftSlot, ProductCategory> leadBySlot;
    @ElementCollection @CollectionTable(name = "roster_cover")
    @AttributeOverride(name = "key.hour", column = @Column(name = "cover_hour"))
    Map<ShiftSlot, Integer> cover;
}
