package oracle;

import jakarta.persistence.*;

/** The audit columns many entities share: when created and changed, and an optimistic lock. */
@MappedSuperclass
public abstract class AuditedEntity {
    @Column(name = "created_at", nullable = false, updatable = false) java.time.Instant createdAt;
    @Column(name = "updated_at") java.time.LocalDateTime updatedAt;
    @Version Long version;
}
