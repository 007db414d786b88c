package oracle;

import jakarta.persistence.*;

/** Field access with one attribute read through its getter (@Access on the attribute). */
@Entity
public class Venue {
    @Id Long id;
    int seats;
    @Transient String rawName;

    @Access(AccessType.PROPERTY) @Column(name = "venue_name", length = 100)
    public String getName() { return rawName == null ? null : rawName.strip(); }
    public void setName(String name) { rawName = name; }
}
