package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "INV_SKU", uniqueConstraints = @UniqueConstraint(name = "UK_SKU_CODE", columnNames = "SKU_CD"))
public class Sku extends StockedEntity {
    @Column(name = "SKU_CD", nullable = false, length = 40) String code;
    @Column(name = "DESCR") String description;
    @Column(name = "UOM", length = 8) String unitOfMeasure;
    @Column(precision = 10, scale = 3) java.math.BigDecimal weight;
    @ManyToOne @JoinColumn(name = "CATEGORY_ID") ProductCategory category;
}
