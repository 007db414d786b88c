package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** An embeddable holding collections: their tables and keys are named as on the entity. */
@Embeddable
public class Drawer {
    String colour;
    @ElementCollection Set<String> labels;
    @OneToMany @JoinColumn(name = "drawer_desk") List<Pen> pens;
}
