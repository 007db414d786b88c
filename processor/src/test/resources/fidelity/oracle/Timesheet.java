package oracle;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Timesheet {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) Employee employee;
    java.time.LocalDate weekOf;
    @Basic(optional = false) boolean submitted;
    @ElementCollection
    @CollectionTable(name = "timesheet_entry", joinColumns = @JoinColumn(name = "sheet_id"))
    List<TimeEntry> entries;
}
