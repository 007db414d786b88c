package oracle;

import jakarta.persistence.*;

/**
 * Derived identity 5b: the parent uses an id class, the dependant embeds the same class as its
 * id, and @MapsId without a value maps the whole id to the relationship's join columns.
 */
@Entity
public class Coverage {
    @EmbeddedId InsureeKey id;
    @MapsId
    @JoinColumns({@JoinColumn(name = "FK1", referencedColumnName = "given"),
        @JoinColumn(name = "FK2", referencedColumnName = "family")})
    @OneToOne Insuree insuree;
    String plan;
}
