package oracle;

import jakarta.persistence.*;

@Embeddable
public class ContactPoint {
    @Column(name = "kind", length = 10) String kind;
    @Column(name = "value", length = 200, nullable = false) String value;
    int priority;
}
