package oracle;

import jakarta.persistence.*;

@Embeddable
public class Skill {
    @Column(name = "skill_name", length = 80) String name;
    @Column(name = "level") int level;
}
