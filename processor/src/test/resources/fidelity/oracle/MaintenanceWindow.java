package oracle;

import jakarta.persistence.*;

@Entity
public class MaintenanceWindow {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @ManyToOne Site site;
    java.time.LocalDateTime startsAt;
    java.time.LocalDateTime endsAt;
    @Column(name = "comment") String comment;
    @Version java.sql.Timestamp version;
}
