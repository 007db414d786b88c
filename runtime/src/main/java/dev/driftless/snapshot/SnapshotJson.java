package dev.driftless.snapshot;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.List;

/**
 * The snapshot's JSON shape, one class per kind of object, for Jackson to bind strictly. Each
 * builds its model value in its constructor, so that a missing key or a value the model refuses
 * (an identity column that is nullable, a foreign key pairing two columns with one) is reported by
 * Jackson with the JSON path and line of the object, like a wrong type or an unknown key.
 *
 * <p>Keys {@link SnapshotWriter} always writes are required; keys it leaves out when they hold
 * their default (an identity, a comment, an action, an empty constraint list) are optional.
 *
 * <p>Jackson calls a constructor before it reports the object's unknown keys, so a renamed key
 * would be reported as the missing one rather than as the misspelling it is. The reader therefore
 * binds twice: first with {@value #SHAPE_ONLY} injected as true, when the constructors build
 * nothing and Jackson reports unknown keys and wrong types where they are, then for real.
 */
final class SnapshotJson {
  /** Injected: true for the first pass, which checks keys and value types only. */
  static final String SHAPE_ONLY = "driftless.snapshot.shapeOnly";

  private SnapshotJson() {}

  /** The whole file. {@code format} was checked before binding, by {@link Prescan}. */
  static final class Document {
    final Schema schema;

    @JsonCreator
    Document(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("format") Integer format,
        @JsonProperty("tables") List<TableJson> tables,
        @JsonProperty("enums") List<EnumJson> enums,
        @JsonProperty("sequences") List<SequenceJson> sequences) {
      if (shapeOnly) {
        schema = null;
        return;
      }
      required(format, "format");
      schema = new Schema(
          required(tables, "tables").stream().map(t -> t.table).toList(),
          required(sequences, "sequences").stream().map(s -> s.sequence).toList(),
          List.of(),
          optional(enums).stream().map(e -> e.type).toList());
    }
  }

  static final class TableJson {
    final Table table;

    @JsonCreator
    TableJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("schema") String schema,
        @JsonProperty("name") String name,
        @JsonProperty("comment") String comment,
        @JsonProperty("columns") List<ColumnJson> columns,
        @JsonProperty("primaryKey") KeyJson primaryKey,
        @JsonProperty("uniqueConstraints") List<KeyJson> uniqueConstraints,
        @JsonProperty("checkConstraints") List<CheckJson> checkConstraints,
        @JsonProperty("foreignKeys") List<ForeignKeyJson> foreignKeys,
        @JsonProperty("indexes") List<IndexJson> indexes) {
      if (shapeOnly) {
        table = null;
        return;
      }
      Table.Builder builder = Table.builder(required(schema, "schema"), required(name, "name"))
          .comment(comment);
      required(columns, "columns").forEach(c -> builder.column(c.column));
      if (primaryKey != null) {
        builder.primaryKey(new PrimaryKey(primaryKey.name, primaryKey.columns));
      }
      optional(uniqueConstraints).forEach(
          u -> builder.unique(new UniqueConstraint(u.name, u.columns)));
      optional(checkConstraints).forEach(c -> builder.check(c.check));
      optional(foreignKeys).forEach(f -> builder.foreignKey(f.foreignKey));
      optional(indexes).forEach(i -> builder.index(i.index));
      table = builder.build();
    }
  }

  static final class ColumnJson {
    final Column column;

    @JsonCreator
    ColumnJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("nullable") Boolean nullable,
        @JsonProperty("identity") String identity,
        @JsonProperty("default") String defaultExpression,
        @JsonProperty("comment") String comment) {
      column = shapeOnly ? null
          : new Column(required(name, "name"), canonicalType(required(type, "type")),
              required(nullable, "nullable"), constant(Identity.class, identity, "identity", Identity.NONE),
              defaultExpression, comment);
    }

    /**
     * The writer spells every type as PostgreSQL's {@code format_type()} does; another spelling
     * ({@code int4}, {@code BIGINT}) would be read as a type and written back differently, so a
     * hand edit would change the file behind the user's back. It is refused instead.
     */
    private static ColumnType canonicalType(String text) {
      ColumnType type = ColumnType.of(text);
      if (!type.sql().equals(text)) {
        throw new IllegalArgumentException("type \"" + text + "\" is not spelled as PostgreSQL's "
            + "format_type() spells it; write \"" + type.sql() + "\"");
      }
      return type;
    }
  }

  /** A primary key or a unique constraint: a name and columns. */
  static final class KeyJson {
    final String name;
    final List<String> columns;

    @JsonCreator
    KeyJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("name") String name, @JsonProperty("columns") List<String> columns) {
      this.name = shapeOnly ? null : required(name, "name");
      this.columns = shapeOnly ? null : required(columns, "columns");
      if (!shapeOnly) {
        // Made here only to be refused here, with this object's path, if it has no column.
        new UniqueConstraint(name, columns);
      }
    }
  }

  static final class CheckJson {
    final CheckConstraint check;

    @JsonCreator
    CheckJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("name") String name,
        @JsonProperty("expression") String expression) {
      check = shapeOnly ? null
          : new CheckConstraint(required(name, "name"), required(expression, "expression"));
    }
  }

  static final class ForeignKeyJson {
    final ForeignKey foreignKey;

    @JsonCreator
    ForeignKeyJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("name") String name,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("targetSchema") String targetSchema,
        @JsonProperty("targetTable") String targetTable,
        @JsonProperty("targetColumns") List<String> targetColumns,
        @JsonProperty("onDelete") String onDelete,
        @JsonProperty("onUpdate") String onUpdate,
        @JsonProperty("deferrable") String deferrable) {
      foreignKey = shapeOnly ? null
          : new ForeignKey(required(name, "name"), required(columns, "columns"),
              QualifiedName.of(required(targetSchema, "targetSchema"),
                  required(targetTable, "targetTable")),
              required(targetColumns, "targetColumns"),
              constant(ReferentialAction.class, onDelete, "onDelete", ReferentialAction.NO_ACTION),
              constant(ReferentialAction.class, onUpdate, "onUpdate", ReferentialAction.NO_ACTION),
              constant(Deferrability.class, deferrable, "deferrable",
                  Deferrability.NOT_DEFERRABLE));
    }
  }

  static final class IndexJson {
    final Index index;

    @JsonCreator
    IndexJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("name") String name,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("unique") Boolean unique,
        @JsonProperty("method") String method,
        @JsonProperty("where") String where) {
      index = shapeOnly ? null
          : new Index(required(name, "name"), required(columns, "columns"),
              required(unique, "unique"), method == null ? Index.DEFAULT_METHOD : method, where);
    }
  }

  static final class SequenceJson {
    final Sequence sequence;

    @JsonCreator
    SequenceJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("schema") String schema,
        @JsonProperty("name") String name,
        @JsonProperty("start") Long start,
        @JsonProperty("increment") Long increment) {
      sequence = shapeOnly ? null
          : Sequence.of(required(schema, "schema"), required(name, "name"),
              required(start, "start"), required(increment, "increment"));
    }
  }

  static final class EnumJson {
    final EnumType type;

    @JsonCreator
    EnumJson(@JacksonInject(SHAPE_ONLY) boolean shapeOnly,
        @JsonProperty("schema") String schema,
        @JsonProperty("name") String name,
        @JsonProperty("values") List<String> values) {
      type = shapeOnly ? null
          : new EnumType(QualifiedName.of(required(schema, "schema"), required(name, "name")),
              required(values, "values"));
    }
  }

  /**
   * Thrown from a constructor above about one key of the object (missing, or a value that is not
   * one of the constants); the reader adds the key to the JSON path it reports.
   */
  static final class KeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String key;

    KeyException(String key, String message) {
      super(message);
      this.key = key;
    }
  }

  private static <T> T required(T value, String key) {
    if (value == null) {
      throw new KeyException(key, "missing key \"" + key + "\"");
    }
    return value;
  }

  /**
   * The constant spelled exactly {@code name}, or {@code absent} when the key is left out. Not
   * Jackson's enum binding, which forgives surrounding blanks: {@code " CASCADE"} is refused.
   */
  private static <E extends Enum<E>> E constant(Class<E> type, String name, String key, E absent) {
    if (name == null) {
      return absent;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new KeyException(key, "\"" + name + "\" is not one of " + java.util.Arrays.stream(
        type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
  }

  private static <T> List<T> optional(List<T> values) {
    return values == null ? List.of() : values;
  }
}
