package oracle.helpdesk;

import jakarta.persistence.*;

@Entity
@Table(name = "HD_POST")
public class ThreadPost {
    @Id @GeneratedValue Long id;
    @Column(length = 2000) String body;
    @ManyToOne TicketThread thread;
}
