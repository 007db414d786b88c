package oracle;

import jakarta.persistence.*;
import java.util.List;

/** A unidirectional, ordered one-to-many: the key and the order on the item table. */
@Entity
@Table(name = "CMS_MENU")
public class CmsMenu {
    @Id @Column(name = "MENU_CD", length = 20) String code;
    String label;
    @OneToMany @JoinColumn(name = "MENU_CD") @OrderColumn(name = "SORT_ORDER")
    List<CmsMenuItem> items;
}
