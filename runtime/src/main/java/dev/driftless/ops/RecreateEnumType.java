package dev.driftless.ops;

import dev.driftless.schema.EnumType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces an enum type whose labels were removed or reordered, which PostgreSQL cannot do in
 * place: the old type is renamed aside, the new one created, every column using it converted
 * through its text, and the old type dropped. Rows holding a removed label make the conversion
 * fail, so nothing is lost silently.
 *
 * @param from the type as it is
 * @param to the type as it should be (same name)
 * @param usages the columns of this type, converted in place
 */
public record RecreateEnumType(EnumType from, EnumType to, List<Usage> usages)
    implements SchemaOp {

  /**
   * A column of the enum type. Its default names the type, so it is dropped and set again
   * around the conversion.
   */
  public record Usage(QualifiedName table, String column, String defaultExpression) {
    public Usage {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }
  }

  public RecreateEnumType {
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("recreate " + from.name() + " as " + to.name());
    }
    usages = List.copyOf(usages);
  }

  @Override
  public String describe() {
    return "recreate enum type " + to.name() + " " + from.values() + " -> " + to.values();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withEnum(to);
  }

  @Override
  public Optional<String> hazard(Schema start) {
    List<String> removed = new ArrayList<>(from.values());
    removed.removeAll(to.values());
    String rewrite = "rewrites " + usages.size() + " column(s) of enum type " + to.name()
        + " under lock";
    return Optional.of(removed.isEmpty() ? rewrite
        : rewrite + "; removes " + removed + ": fails if a row still holds one of them");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRecreateEnumType(this);
  }
}
