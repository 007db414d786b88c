package oracle;

import jakarta.persistence.*;

/** A key derived from a one-to-one association with @MapsId. */
@Entity
public class Profile {
    @Id Long id;
    @OneToOne @MapsId Person person;
    String bio;
}
