package oracle;

import jakarta.persistence.*;

@Entity
public class Consignment {
    @Id Long id;
    @Embedded Handover sent;
    @Embedded
    @AttributeOverride(name = "on", column = @Column(name = "received_on"))
    @AssociationOverride(name = "by", joinColumns = @JoinColumn(name = "received_by"))
    Handover received;
}
