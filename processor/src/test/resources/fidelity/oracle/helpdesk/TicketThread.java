package oracle.helpdesk;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** A bidirectional ordered one-to-many, and an element collection of a nesting embeddable. */
@Entity
@Table(name = "HD_THREAD")
public class TicketThread {
    @Id @GeneratedValue Long id;
    @Column(length = 120) String subject;
    @OneToMany(mappedBy = "thread") @OrderColumn(name = "POSITION") List<ThreadPost> posts;
    @ElementCollection @CollectionTable(name = "HD_THREAD_ADDRESS")
    Set<PostalAddress> mailTo;
}
