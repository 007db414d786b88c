package oracle;

import jakarta.persistence.*;
import java.util.Map;

/**
 * Map keys that are not plain basics: an enum by name (with its length) and by ordinal, and a
 * temporal; in element collections and in a join table.
 */
@Entity
public class RotaPlan {
    public enum Shift { EARLY, LATE, NIGHT }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;

    @ElementCollection @MapKeyEnumerated(EnumType.STRING) @MapKeyColumn(length = 10)
    Map<Shift, Integer> staffing;

    @ElementCollection @CollectionTable(name = "rota_plan_weight")
    Map<Shift, Double> weights;

    @ElementCollection @MapKeyTemporal(TemporalType.DATE)
    Map<java.util.Date, String> holidays;

    @ManyToMany @JoinTable(name = "rota_plan_lead") @MapKeyEnumerated(EnumType.STRING)
    Map<Shift, ProductCategory> leads;
}
