package oracle;

import jakarta.persistence.*;

/** Single-table inheritance root (the default strategy, DTYPE discriminator). */
@Entity
public class Exhibit {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @Column(nullable = false) String title;
}
