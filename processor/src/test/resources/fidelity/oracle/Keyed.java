package oracle;

import jakarta.persistence.*;
import java.io.Serializable;

/** A generic mapped superclass: the id's type comes from the subclass. */
@MappedSuperclass
public abstract class Keyed<K extends Serializable> {
    @Id K id;
    @Column(nullable = false) String label;
}
