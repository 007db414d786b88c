package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "CLN_PATIENT")
public class Patient {
    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "MRN", unique = true, nullable = false, length = 20) String mrn;
    @Column(name = "name") String name;
    java.time.LocalDate dob;
    @Enumerated Sex sex;
    @ElementCollection @CollectionTable(name = "CLN_PATIENT_ALLERGY") @Column(name = "allergen")
    Set<String> allergies;
    @Version int version;
}
