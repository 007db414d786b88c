package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "CMS_TAG")
public class CmsTag {
    @Id @Column(name = "name", length = 50) String name;
    @Column(name = "comment") String comment;
}
