package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EVT_CONCERT")
public class Concert extends Publishable {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @ManyToOne Auditorium auditorium;
    java.time.LocalDateTime startsAt;
    @Column(name = "title") String title;
    @ElementCollection @CollectionTable(name = "CONCERT_PERFORMER") List<String> performers;
}
