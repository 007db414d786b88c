package oracle;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("1")
public class Lecture extends Happening {
    String speaker;
}
