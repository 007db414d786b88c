package oracle;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

@Entity
public class Meeting {
    @Id Long id;
    @ManyToOne Club club;
    OffsetDateTime startsAt;
}
