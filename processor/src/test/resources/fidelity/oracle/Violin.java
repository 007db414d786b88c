package oracle;

import jakarta.persistence.*;

@Entity
public class Violin extends Instrument {
    int age;
    @Basic(optional = false) String maker;
    Double price;
}
