package oracle;

import jakarta.persistence.*;

/** A plain @GeneratedValue: Hibernate names the sequence after the table, shipment_leg_seq. */
@Entity
@Table(name = "shipment_leg")
public class ShipmentLeg {
    @Id @GeneratedValue Long id;
    String origin;
}
