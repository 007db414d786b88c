package oracle;

import jakarta.persistence.*;

/** A one-to-one that shares the key: no column of its own. */
@Entity
public class Badge {
    @Id Long id;
    @OneToOne @PrimaryKeyJoinColumn Person person;
    String label;
}
