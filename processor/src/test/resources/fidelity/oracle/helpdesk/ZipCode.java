package oracle.helpdesk;

import jakarta.persistence.*;

@Embeddable
public class ZipCode {
    @Column(length = 5) String zip;
    @Column(length = 4) String plusFour;
}
