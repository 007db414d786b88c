package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "HD_AGENT")
public class SupportAgent {
    @Id @Column(name = "AGENT_LOGIN", length = 30) String login;
    @Column(name = "FULL_NM") String fullName;
    @Basic boolean active;
    @Column(nullable = false) int maxOpenTickets;
    @ElementCollection @CollectionTable(name = "HD_AGENT_LANG") Set<String> languages;
}
