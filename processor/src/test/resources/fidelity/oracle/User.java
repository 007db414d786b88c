package oracle;

import jakarta.persistence.*;

/** Reserved words as table and column names. */
@Entity
public class User {
    @Id Long id;
    String group;
    int year;
}
