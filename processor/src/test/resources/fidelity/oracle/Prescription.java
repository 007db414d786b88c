package oracle;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "CLN_PRESCRIPTION")
public class Prescription {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Patient patient;
    @ManyToOne @JoinColumn(name = "PRESCRIBER_ID") Physician prescriber;
    @Column(name = "drug_nm", nullable = false) String drug;
    @Column(precision = 8, scale = 3) java.math.BigDecimal doseMg;
    java.time.LocalDate issuedOn;
    @Version short version;
}
