package oracle;

import jakarta.persistence.*;

/** A composite key declared with @IdClass. */
@Entity
@IdClass(PartKey.class)
public class Part {
    @Id Long maker;
    @Id String code;
    String label;
}
