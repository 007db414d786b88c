package oracle.helpdesk;

import jakarta.persistence.*;
import java.util.Map;

/** Map associations: keyed by a column of their own, or by an attribute of the target. */
@Entity
@Table(name = "HD_SKILL_MATRIX")
public class SkillMatrix {
    @Id @GeneratedValue Long id;
    @ManyToMany @JoinTable(name = "HD_MATRIX_EXPERT") @MapKeyColumn(name = "SKILL", length = 40)
    Map<String, Technician> expertBySkill;
    @ManyToMany @MapKey(name = "id") Map<Long, HelpdeskQueue> queues;
    @OneToMany @JoinTable(name = "HD_MATRIX_DESK") Map<Integer, Dispatcher> dispatcherByDesk;
}
