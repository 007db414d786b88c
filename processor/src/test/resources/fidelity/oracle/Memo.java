package oracle;

import jakarta.persistence.*;

@Entity
public class Memo {
    @Id Long id;
    String subject;
}
