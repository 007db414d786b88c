package oracle;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "IOT_GATEWAY")
public class Gateway {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
    @Column(nullable = false, length = 100) String hostname;
    @Column(name = "input") int inputPorts;
    @ManyToMany
    @JoinTable(name = "GATEWAY_DEVICE", joinColumns = @JoinColumn(name = "GW_ID"),
        inverseJoinColumns = @JoinColumn(name = "DEVICE_ID"))
    Set<Device> devices;
    @Column(name = "source") String source;
}
