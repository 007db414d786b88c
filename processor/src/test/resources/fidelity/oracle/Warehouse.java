package oracle;

import jakarta.persistence.*;

@Entity
public class Warehouse {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Embedded Address address;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 80)),
        @AttributeOverride(name = "postcode", column = @Column(name = "ship_postcode", length = 10)),
        @AttributeOverride(name = "floor", column = @Column(name = "ship_floor"))
    })
    Address shipping;
    Money stockValue;
}
