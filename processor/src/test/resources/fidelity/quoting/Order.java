package quoting;

import jakarta.persistence.*;
import java.util.Set;

/** Reserved words, key words and mixed case, for Hibernate's two quoting settings. */
@Entity
public class Order {
    @Id @GeneratedValue Long id;
    String user;
    @Column(name = "VALUE") String value;
    String firstName;
    @ManyToOne Customer customer;
    @ElementCollection Set<String> giftTags;
    @Enumerated(EnumType.STRING) Status status;
    public enum Status { OPEN, CLOSED }
}
