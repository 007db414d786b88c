package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "CLN_BED")
public class Bed {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "BED_NO", length = 10) String number;
    boolean occupied;
}
