package oracle;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
public class Token {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(unique = true, nullable = false, length = 64) String secret;
}
