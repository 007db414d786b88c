package oracle.helpdesk;

import jakarta.persistence.*;

/** A single-table hierarchy whose two sibling subclasses each declare the same column. */
@Entity
@Table(name = "HD_STAFF")
public abstract class HelpdeskStaff {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 80) String name;
}
