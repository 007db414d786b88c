package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "CLN_PHYSICIAN")
public class Physician {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "LICENSE_NO", length = 20) String license;
    @Column(name = "name") String name;
    @Column(name = "Specialty") String specialty;
}
