package oracle;

import jakarta.persistence.*;

@Entity
@Table(name = "IOT_FIRMWARE")
public class FirmwareImage {
    @Id @Column(name = "FW_VERSION", length = 20) String version;
    @Column(name = "data") byte[] data;
    @Column(name = "module", length = 40) String module;
    long sizeBytes;
    java.time.LocalDate releasedOn;
}
