package oracle;

import jakarta.persistence.*;

@Entity
public class Track {
    @Id Long id;
    String title;
}
