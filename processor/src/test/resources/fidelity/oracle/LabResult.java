package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "CLN_LAB_RESULT")
public class LabResult {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne Patient patient;
    @Column(name = "type", length = 40) String type;
    @Column(name = "value") String value;
    @Column(name = "timestamp") java.time.LocalDateTime timestamp;
    @Lob byte[] report;
}
