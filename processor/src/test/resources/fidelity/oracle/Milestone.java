package oracle;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "PM_MILESTONE")
public class Milestone {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Project project;
    String title;
    java.time.LocalDate due;
    boolean reached;
}
