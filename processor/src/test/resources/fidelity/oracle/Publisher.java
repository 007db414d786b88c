package oracle;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Publisher {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false, unique = true, length = 120) String name;
    LocalDate founded;
    boolean independent;
    @OneToMany java.util.List<Person> authors;
}
