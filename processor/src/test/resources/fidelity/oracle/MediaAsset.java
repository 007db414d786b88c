package oracle;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
@Table(name = "CMS_MEDIA")
public class MediaAsset {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    @Column(name = "FILE_NM", nullable = false) String fileName;
    @Column(name = "MIME_TYPE", length = 100) String mimeType;
    long sizeBytes;
    @Column(name = "data") byte[] data;
    @Column(name = "checksum", length = 64) String checksum;
    @Basic(optional = false) int width;
    int height;
}
