package oracle.helpdesk;

import jakarta.persistence.*;

/** A SINGLE_TABLE root that declares its discriminator but has no subclass (yet). */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "KIND", length = 20)
@DiscriminatorValue("NOTICE")
@Table(name = "HD_ANNOUNCEMENT")
public class Announcement {
    @Id @GeneratedValue Long id;
    @Column(length = 200) String headline;
}
