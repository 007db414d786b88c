package oracle;

import jakarta.persistence.*;

@Embeddable
public class Address {
    String street;
    @Column(nullable = false, length = 80) String city;
    @Column(length = 10) String postcode;
    int floor;
}
