package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.UniqueConstraint;

/** {@code ALTER TABLE … RENAME CONSTRAINT}: same constraint, new name (nothing is rebuilt). */
public record RenameConstraint(QualifiedName table, String from, String to) implements TableOp {
  @Override
  public String describe() {
    return "rename constraint " + from + " on " + table + " to " + to;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> {
      var table = t.build();
      var builder = t.removeConstraint(from);
      if (table.primaryKey() != null && table.primaryKey().name().equals(from)) {
        builder.primaryKey(new PrimaryKey(to, table.primaryKey().columns()));
      }
      table.uniqueConstraints().stream().filter(u -> u.name().equals(from))
          .forEach(u -> builder.unique(new UniqueConstraint(to, u.columns())));
      table.checkConstraints().stream().filter(c -> c.name().equals(from))
          .forEach(c -> builder.check(new CheckConstraint(to, c.expression())));
      table.foreignKeys().stream().filter(f -> f.name().equals(from))
          .forEach(f -> builder.foreignKey(new ForeignKey(to, f.columns(), f.target(),
              f.targetColumns(), f.onDelete(), f.onUpdate(), f.deferrability())));
      return builder;
    });
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameConstraint(this);
  }
}
