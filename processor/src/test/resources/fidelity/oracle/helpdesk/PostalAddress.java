package oracle.helpdesk;

import jakarta.persistence.*;

@Embeddable
public class PostalAddress {
    @Column(length = 100) String street;
    @Embedded ZipCode zip;
}
