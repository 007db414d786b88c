package oracle;

import jakarta.persistence.*;
import java.util.Date;

/**
 * What only Jakarta Persistence 3.2 can say (comment, check and options of @Column, check of
 * @Table): compiled and checked under Hibernate 7 only, since 3.1's annotations lack them.
 */
@Entity
@Table(check = @CheckConstraint(name = "inspection_found_after_1800",
    constraint = "extract(year from found) > 1800"))
public class Inspection {
    @Id Long id;
    @Temporal(TemporalType.DATE) Date found;
    @Column(comment = "in the words of the collector") String remark;
    @Column(check = @CheckConstraint(name = "inspection_weight_positive", constraint = "weight > 0"))
    Integer weight;
    @Column(options = "unique") String barcode;
}
