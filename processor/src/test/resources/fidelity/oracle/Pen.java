package oracle;

import jakarta.persistence.*;

@Entity
public class Pen {
    @Id Long id;
    String ink;
}
