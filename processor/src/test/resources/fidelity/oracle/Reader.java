package oracle;

import jakarta.persistence.*;
import java.util.Set;

/** Both sides of a many-to-many: only the owning side makes the join table. */
@Entity
public class Reader {
    @Id Long id;
    @ManyToMany @JoinTable(name = "reader_favourites",
        joinColumns = @JoinColumn(name = "reader"), inverseJoinColumns = @JoinColumn(name = "book"))
    Set<Title> favourites;
    @ManyToMany(mappedBy = "readers") Set<Club> clubs;
}
