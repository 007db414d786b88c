package oracle;

import jakarta.persistence.*;

/**
 * Names PostgreSQL reserves: Hibernate's default DDL cannot create a table user or a column
 * group, so the table is renamed and the column quoted in the annotation.
 */
@Entity
@Table(name = "users")
public class User {
    @Id Long id;
    @Column(name = "\"group\"") String group;
    int year;
}
