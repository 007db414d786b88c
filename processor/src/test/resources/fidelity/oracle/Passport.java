package oracle;

import jakarta.persistence.*;

@Entity
public class Passport {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    @Column(nullable = false, length = 20) String number;
    @OneToOne(optional = false) Person holder;
}
