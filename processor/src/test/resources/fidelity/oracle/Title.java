package oracle;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "title", indexes = @Index(columnList = "isbn"))
public class Title {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    @Column(nullable = false) String isbn;
    @Column(length = 500) String subtitle;
    @Column(precision = 10, scale = 2) BigDecimal price;
    BigDecimal royalty;
    Instant publishedAt;
    LocalDateTime printedAt;
    UUID externalId;
    byte[] cover;
    int pages;
    Integer edition;
    long copies;
    double weight;
    Float rating;
    short volume;
    char grade;
    @Enumerated(EnumType.STRING) Format format;
    Language language;
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Binding binding;
    @ManyToOne(optional = false) Publisher publisher;
    @ManyToOne Person editor;
    @ManyToMany Set<Tag> tags;

    public enum Format { HARDCOVER, PAPERBACK, EBOOK }
    public enum Language { EN, PT, NO }
    public enum Binding { SEWN, GLUED, STAPLED }
}
