package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "CMS_AUTHOR")
public class CmsAuthor {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
    @SequenceGenerator(name = "author_seq", sequenceName = "CMS_AUTHOR_SEQ", allocationSize = 1)
    Integer id;
    @Column(name = "DISPLAY_NM", nullable = false) String displayName;
    @Column(unique = true) String email;
    @OneToOne @JoinColumn(name = "AVATAR_ID") MediaAsset avatar;
}
