package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Tag {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, unique = true, length = 40) String label;
    @ManyToMany(mappedBy = "tags") Set<Title> titles;
}
