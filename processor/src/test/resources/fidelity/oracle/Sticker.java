package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import java.util.Set;

/** @OnDelete on the inverse side of a many-to-many: the join table's key to this table. */
@Entity
public class Sticker {
    @Id Long id;
    @ManyToMany(mappedBy = "stickers") @OnDelete(action = OnDeleteAction.CASCADE)
    Set<Attachment> attachments;
}
