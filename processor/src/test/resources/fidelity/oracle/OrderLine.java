package oracle;

import jakarta.persistence.*;

/** A composite key as an embedded record. */
@Entity
public class OrderLine {
    @EmbeddedId LineKey id;
    String product;
}
