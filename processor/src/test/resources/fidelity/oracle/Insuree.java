package oracle;

import jakarta.persistence.*;

@Entity
@IdClass(InsureeKey.class)
public class Insuree {
    @Id String given;
    @Id String family;
}
