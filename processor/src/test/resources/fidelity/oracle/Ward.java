package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "CLN_WARD")
public class Ward {
    @Id @Column(name = "WARD_CD", length = 8) String code;
    @Column(name = "name") String name;
    int beds;
    @OneToMany @JoinColumn(name = "WARD_CD") Set<Bed> bedList;
}
