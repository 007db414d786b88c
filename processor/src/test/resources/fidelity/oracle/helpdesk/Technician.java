package oracle.helpdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Technician extends HelpdeskStaff {
    @Column(name = "SALARY", precision = 10, scale = 2) BigDecimal salary;
    @Column(length = 40) String speciality;
}
