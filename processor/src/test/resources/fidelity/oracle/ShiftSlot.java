package oracle;

import jakarta.persistence.*;

/** A map key made of two columns. */
@Embeddable
public class ShiftSlot {
    @Column(name = "slot_day", length = 10) String day;
    int hour;
}
