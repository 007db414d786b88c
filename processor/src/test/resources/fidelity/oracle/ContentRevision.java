package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "content_revision")
public class ContentRevision {
    @Id Long id;
    @ManyToOne Article article;
    int number;
    @Lob String snapshot;
    @Column(name = "data") byte[] diff;
    @Version long version;
}
