package oracle;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "HD_CANNED_RESPONSE")
public class CannedResponse {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "key", unique = true, length = 60) String key;
    @Column(name = "name") String name;
    @Lob String template;
    @Column(name = "position") short position;
}
