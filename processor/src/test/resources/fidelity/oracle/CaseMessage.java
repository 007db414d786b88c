package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "HD_CASE_MSG")
public class CaseMessage {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "CASE_ID") @OnDelete(action = OnDeleteAction.CASCADE)
    SupportCase supportCase;
    @Column(name = "source", length = 20) String source;
    @Lob String body;
    java.time.Instant sentAt;
}
