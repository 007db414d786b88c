package oracle;

import jakarta.persistence.*;

@Entity
public class Desk {
    @Id Long id;
    Drawer drawer;
}
