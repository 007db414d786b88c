package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "CMS_PAGE")
public class CmsPage extends Publishable {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "SLUG", unique = true, nullable = false) String slug;
    String title;
    @Lob @Column(name = "BODY") String body;
    @ManyToOne CmsPage parent;
    @ManyToMany @JoinTable(name = "CMS_PAGE_TAG") Set<CmsTag> tags;
    @ElementCollection @CollectionTable(name = "CMS_PAGE_ALIAS") @OrderColumn(name = "alias_idx")
    List<String> aliases;
    @ElementCollection
    @CollectionTable(name = "CMS_PAGE_TRANSLATION", joinColumns = @JoinColumn(name = "PAGE_ID"))
    Set<Translation> translations;
    @ElementCollection @CollectionTable(name = "CMS_PAGE_KEYWORD") @Column(name = "keyword", nullable = false)
    Set<String> keywords;
}
