package oracle;

import jakarta.persistence.*;

/** GenerationType.SEQUENCE with no generator: a sequence named after the entity, step 50. */
@Entity
public class ReorderRule {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Integer id;
    @OneToOne(optional = false) @JoinColumn(name = "sku_id", unique = true) Sku sku;
    int minQty;
    int maxQty;
    @Column(name = "action", length = 20) String action;
}
