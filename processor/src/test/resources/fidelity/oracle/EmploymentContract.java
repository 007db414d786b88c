package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "HR_CONTRACT")
public class EmploymentContract {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @OneToOne(optional = false) @JoinColumn(name = "EMP_ID", nullable = false) Employee employee;
    java.time.LocalDateTime signedAt;
    @Column(name = "type", length = 30) String type;
    @Basic(optional = false) boolean fullTime;
    @Column(name = "data") byte[] data;
    @Lob String terms;
}
