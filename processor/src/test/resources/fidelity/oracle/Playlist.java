package oracle;

import jakarta.persistence.*;
import java.util.Set;

/**
 * A unidirectional one-to-many Set in a join table (keyed by the target alone in 7.4), and ids
 * from a @TableGenerator declared on another entity (Voucher): global in 6.6, not in 7.
 */
@Entity
public class Playlist {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "vouchers")
    Long id;
    @OneToMany Set<Track> tracks;
    @ElementCollection Set<Integer> ratings;
}
