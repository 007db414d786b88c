package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "HD_SURVEY")
public class SurveyResponse {
    @Id Long id;
    @OneToOne @JoinColumn(name = "CASE_ID") SupportCase supportCase;
    @Column(name = "score") int score;
    @Column(name = "comment", length = 500) String comment;
    java.time.OffsetDateTime answeredAt;
}
