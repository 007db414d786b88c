package oracle;

import jakarta.persistence.*;

/**
 * Ids from a generator another entity declares, one registered before it (Voucher): 6.6 finds
 * it; Playlist, registered before Voucher, does not, nor does anything in 7.
 */
@Entity
public class Wallet {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "vouchers")
    Long id;
    @Column(length = 60) String owner;
}
