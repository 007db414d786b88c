package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Club {
    @Id Long id;
    @ManyToMany Set<Reader> readers;
    @OneToMany(mappedBy = "club") Set<Meeting> meetings;
}
