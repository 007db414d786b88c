package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import java.util.Set;

/** @OnDelete on the inverse side of a one-to-many: on the other side's foreign key. */
@Entity
public class Folder {
    @Id Long id;
    @OneToMany(mappedBy = "folder") @OnDelete(action = OnDeleteAction.CASCADE)
    Set<Attachment> attachments;
}
