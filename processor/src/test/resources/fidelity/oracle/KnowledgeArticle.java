package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class KnowledgeArticle extends Publishable {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String title;
    @ManyToMany @JoinTable(name = "KB_ARTICLE_CASE") Set<SupportCase> relatedCases;
    @ElementCollection @OrderColumn List<String> keywords;
}
