package oracle;

import jakarta.persistence.*;

@Entity
public class Alarm {
    public enum Severity { INFO, WARNING, MAJOR, CRITICAL }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne Device device;
    @Enumerated Severity severity;
    @Column(name = "level") int level;
    @Column(name = "action", length = 40) String action;
    boolean acknowledged;
    java.time.Instant raisedAt;
    java.time.LocalDateTime clearedAt;
}
