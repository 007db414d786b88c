package oracle;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Embeddable
public record Money(@Column(precision = 12, scale = 2) BigDecimal amount,
                    @Column(length = 3) String currency) {
}
