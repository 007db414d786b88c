package oracle;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/**
 * Names that are SQL key words PostgreSQL accepts as names, written in upper case as legacy
 * schemas have them: Hibernate's default DDL leaves them unquoted, so PostgreSQL folds them.
 */
@Entity
@Table(name = "MODULE")
public class Plugin {
    @Id Long id;
    @Column(name = "VALUE") String value;
    @Column(name = "KEY", length = 40) String key;
    @Column(name = "TYPE") String type;
    @Column(name = "POSITION") Integer position;
    @Column(name = "TIMESTAMP") LocalDateTime timestamp;
    @Column(name = "MODULE") String module;
    @Column(name = "INPUT") String input;
    @Column(name = "LEVEL") Integer level;
    @Column(name = "DATA") byte[] data;
}
