package oracle;

import jakarta.persistence.*;

/**
 * An entity over the table of Recipe's element collection: Hibernate merges the two mappings,
 * the entity's bound first, so its nullable recipe_id is the column the table gets.
 */
@Entity
@Table(name = "recipe_step")
public class RecipeStep {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "recipe_id") Long recipe;
    @Column(name = "step") String text;
}
