package oracle;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("S")
public class Sculpture extends Exhibit {
    double mass;
}
