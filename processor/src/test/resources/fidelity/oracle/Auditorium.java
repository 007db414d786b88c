package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Auditorium {
    @Id Integer id;
    @Column(name = "name") String name;
    int capacity;
    @Column(name = "Street_Address") String address;
}
