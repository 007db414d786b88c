package oracle;

import jakarta.persistence.*;

/**
 * Its required attributes, in Hibernate's (alphabetical) order, are what Hibernate 7's check of
 * the subclass lists after the root's; a required reference is NOT NULL in 6.6.
 */
@Entity
public class Violin extends Instrument {
    @Basic(optional = false) String maker;
    int age;
    Double price;
    @ManyToOne(optional = false) Person teacher;
}
