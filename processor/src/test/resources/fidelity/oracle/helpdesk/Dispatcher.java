package oracle.helpdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Dispatcher extends HelpdeskStaff {
    @Column(name = "SALARY", precision = 10, scale = 2) BigDecimal salary;
    Integer deskNumber;
}
