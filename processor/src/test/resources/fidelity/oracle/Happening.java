package oracle;

import jakarta.persistence.*;

/** Single table with an integer discriminator of its own name. */
@Entity
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
public class Happening {
    @Id Long id;
    java.time.LocalDate day;
}
