package oracle;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Recipe {
    @Id Long id;
    @ElementCollection @CollectionTable(name = "recipe_step") @Column(name = "step")
    List<String> steps;
}
