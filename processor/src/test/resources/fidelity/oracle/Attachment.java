package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import java.util.List;
import java.util.Set;

/** Foreign keys with the ON DELETE action of Hibernate's @OnDelete. */
@Entity
public class Attachment {
    @Id Long id;
    @ManyToOne Folder folder;
    @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Memo memo;
    @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Person uploader;
    @ManyToOne @OnDelete(action = OnDeleteAction.RESTRICT) Pen pen;
    @ElementCollection @OnDelete(action = OnDeleteAction.CASCADE) Set<String> labels;
    @ManyToMany @OnDelete(action = OnDeleteAction.CASCADE) Set<Tag> tags;
    @ManyToMany Set<Sticker> stickers;
    @OneToMany @JoinColumn(name = "attachment_id") @OnDelete(action = OnDeleteAction.CASCADE)
    List<Note> notes;
}
