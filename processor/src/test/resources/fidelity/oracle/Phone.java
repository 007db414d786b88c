package oracle;

import jakarta.persistence.*;

@Embeddable
public class Phone {
    String number;
    String kind;
}
