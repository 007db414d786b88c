package oracle;

import jakarta.persistence.*;

@Embeddable
public class Translation {
    @Column(length = 10, nullable = false) String locale;
    @Column(nullable = false) String title;
}
