package oracle;

import jakarta.persistence.*;

/** The owning side of a one-to-one whose inverse side is mapped by the other entity. */
@Entity
public class Biography {
    @Id Long id;
    @OneToOne @JoinColumn(name = "subject_id") Person subject;
    @Lob String text;
}
