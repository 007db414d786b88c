package oracle;

import jakarta.persistence.*;

@Embeddable
public class ParcelScan {
    @Column(name = "timestamp") java.time.Instant timestamp;
    @Column(name = "LOC_CD", length = 12) String location;
    @Column(name = "status", length = 20) String status;
}
