package oracle;

import jakarta.persistence.*;

/** Table-level unique constraints and indexes, a mandatory reference. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "chapter_book_number", columnNames = {"book_id", "number"}),
    indexes = {@Index(name = "chapter_heading", columnList = "heading desc"), @Index(columnList = "number", unique = true)})
public class Chapter {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "book_id") Title book;
    @Column(nullable = false) Integer number;
    String heading;
}
