package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "PM_WORK_ITEM")
public class WorkItem {
    public enum Status { TODO, DOING, REVIEW, DONE }

    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @ManyToOne(optional = false) Project project;
    @ManyToOne @JoinColumn(name = "ASSIGNEE_ID") Employee assignee;
    @Column(name = "type", length = 20) String type;
    @Column(name = "status") @Enumerated(EnumType.STRING) Status status;
    @Column(name = "position") int position;
    @ElementCollection @CollectionTable(name = "PM_WORK_ITEM_LABEL") Set<String> labels;
    @Version Long version;
}
