package oracle;

import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "article_comment")
public class ArticleComment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Article article;
    @Column(name = "comment", length = 2000) String comment;
    @Column(name = "name", length = 80) String name;
    java.time.LocalDateTime postedAt;
}
