package dev.driftless.diff;

import dev.driftless.ops.AddEnumValue;
import dev.driftless.ops.CreateEnumType;
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Native enum types: created, extended with {@code ADD VALUE}, or rebuilt. */
final class EnumDiffer {
  private EnumDiffer() {}

  /**
   * New enum types are created before the tables that use them. Labels only added become
   * {@code ADD VALUE}s, each placed before its successor; anything else rebuilds the type.
   */
  static void addOrChange(Schema from, Schema to, List<SchemaOp> ops) {
    for (EnumType now : to.enums()) {
      Optional<EnumType> old = from.enumType(now.name());
      if (old.isEmpty()) {
        ops.add(new CreateEnumType(now));
      } else if (old.get().isExtendedBy(now)) {
        List<String> values = now.values();
        for (int i = 0; i < values.size(); i++) {
          if (!old.get().values().contains(values.get(i))) {
            String before = values.subList(i + 1, values.size()).stream()
                .filter(old.get().values()::contains).findFirst().orElse(null);
            ops.add(new AddEnumValue(now.name(), values.get(i), before));
          }
        }
      } else if (!old.get().equals(now)) {
        ops.add(new RecreateEnumType(old.get(), now, usages(old.get(), from, to)));
      }
    }
  }

  /** The columns of {@code type} that stay, and so are converted when it is rebuilt. */
  private static List<RecreateEnumType.Usage> usages(EnumType type, Schema from, Schema to) {
    List<RecreateEnumType.Usage> usages = new ArrayList<>();
    for (Table table : from.tables()) {
      Optional<Table> kept = to.table(table.name());
      for (Column column : table.columns()) {
        if (column.type().equals(type.columnType()) && kept.isPresent()
            && kept.get().column(column.name()).isPresent()) {
          usages.add(new RecreateEnumType.Usage(table.name(), column.name(),
              column.defaultExpression()));
        }
      }
    }
    return usages;
  }
}
