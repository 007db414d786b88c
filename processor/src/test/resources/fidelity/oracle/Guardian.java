package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "EDU_GUARDIAN")
public class Guardian {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "name") String name;
    @Column(name = "phone", length = 30) String phone;
    @ManyToOne(optional = false) Student student;
}
