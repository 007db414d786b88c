package oracle;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(indexes = @Index(name = "IX_ARTICLE_TITLE", columnList = "title"))
public class Article extends Publishable {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) CmsAuthor author;
    @Column(nullable = false) String title;
    @Lob String content;
    @OneToMany(mappedBy = "article") List<ArticleComment> comments;
}
