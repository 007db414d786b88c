package oracle.helpdesk;

import jakarta.persistence.*;

/** A canned reply whose id sequence is declared inside @SequenceGenerators. */
@Entity
@Table(name = "HD_MACRO", schema = "helpdesk")
@SequenceGenerators({
    @SequenceGenerator(name = "hd_macro", sequenceName = "HD_MACRO_SEQ", allocationSize = 5)})
public class Macro {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hd_macro") Long id;
    @Column(length = 120) String title;
}
