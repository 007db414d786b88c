package oracle;

import jakarta.persistence.*;

/** A second level of mapped superclass: an identity key over the audit columns. */
@MappedSuperclass
public abstract class StockedEntity extends AuditedEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(name = "created_by", length = 50) String createdBy;
}
