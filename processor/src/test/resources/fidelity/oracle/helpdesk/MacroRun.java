package oracle.helpdesk;

import jakarta.persistence.*;

/** A run of a macro, its ids from a generator table declared inside @TableGenerators. */
@Entity
@Table(name = "HD_MACRO_RUN", schema = "helpdesk")
public class MacroRun {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hd_macro_runs")
    @TableGenerators({
        @TableGenerator(name = "hd_macro_runs", table = "HD_ID_GEN", schema = "helpdesk",
            pkColumnName = "GEN", valueColumnName = "VAL", allocationSize = 10)})
    Long id;
    @ManyToOne Macro macro;
}
