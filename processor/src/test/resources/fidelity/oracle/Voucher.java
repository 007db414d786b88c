package oracle;

import jakarta.persistence.*;

/** Ids from a named generator table. */
@Entity
public class Voucher {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "vouchers")
    @TableGenerator(name = "vouchers", table = "id_gen", pkColumnName = "gen_name",
        valueColumnName = "gen_value", allocationSize = 10)
    Long id;
}
