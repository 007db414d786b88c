package oracle.helpdesk;

import jakarta.persistence.*;

/** A team's hours: two converters named by attribute on one embedded value (@Converts). */
@Entity
@Table(name = "HD_ROTA", schema = "helpdesk")
public class Rota {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Embedded
    @Convert(attributeName = "opensAt", converter = MinutesAsText.class)
    @Convert(attributeName = "closesAt", converter = MinutesAsLong.class)
    OpeningHours hours;
}
