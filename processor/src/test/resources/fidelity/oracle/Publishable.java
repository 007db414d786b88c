package oracle;

import jakarta.persistence.*;

/** What every piece of published content has. */
@MappedSuperclass
public abstract class Publishable {
    public enum PublishStatus { DRAFT, REVIEW, PUBLISHED, ARCHIVED }

    @Column(name = "status", nullable = false, length = 16) @Enumerated(EnumType.STRING)
    PublishStatus status;
    java.time.OffsetDateTime publishedAt;
    @Version Integer version;
}
