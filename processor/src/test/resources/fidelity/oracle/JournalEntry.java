package oracle;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "GL_JOURNAL")
public class JournalEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seq")
    @SequenceGenerator(name = "journal_seq", sequenceName = "GL_JOURNAL_SEQ", allocationSize = 1)
    Long id;
    java.time.LocalDate postedOn;
    @Column(name = "source", length = 20) String source;
    @Column(name = "comment") String comment;
    @OneToMany(mappedBy = "journal") List<JournalLine> lines;
    @Version int version;
}
