package oracle;

import jakarta.persistence.*;

@Entity
public class Note {
    @Id Long id;
    String text;
}
