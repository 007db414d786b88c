package oracle;

import jakarta.persistence.*;

@Entity
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "people")
    @SequenceGenerator(name = "people", sequenceName = "person_ids", allocationSize = 10,
        initialValue = 100)
    Long id;
    @Column(name = "full_name", nullable = false, length = 200) String fullName;
    @Basic(optional = false) String email;
    transient String scratch;
    @Transient String alsoScratch;
    static int instances;
    @ManyToMany
    @JoinTable(name = "person_skill", joinColumns = @JoinColumn(name = "person"),
        inverseJoinColumns = @JoinColumn(name = "skill"))
    java.util.List<Tag> skills;
}
