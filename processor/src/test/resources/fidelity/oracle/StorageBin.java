package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "INV_BIN")
public class StorageBin {
    @Id @Column(name = "BIN_ID") Integer id;
    @ManyToOne @JoinColumn(name = "LOC_CD") StockLocation location;
    @Column(name = "module", length = 10) String module;
    @Column(name = "input") boolean input;
    @Column(name = "BarCode", length = 32) String barcode;
}
