package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "CMS_MENU_ITEM")
public class CmsMenuItem {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String label;
    @ManyToOne CmsPage target;
    @Column(name = "position") int position;
}
