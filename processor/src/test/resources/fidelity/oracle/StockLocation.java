package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "INV_LOCATION")
public class StockLocation {
    public enum LocationType { WAREHOUSE, STORE, TRANSIT, VIRTUAL }

    @Id @Column(name = "LOC_CD", length = 12) String code;
    @Column(name = "type", nullable = false) @Enumerated(EnumType.STRING) LocationType type;
    int capacity;
    @Column(name = "level") Integer level;
    @Column(name = "Site_Name") String siteName;
}
