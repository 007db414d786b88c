package dev.driftless.diff;

import dev.driftless.schema.QualifiedName;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What was renamed, which a differ cannot tell from a drop and an add: from {@code @RenamedFrom}.
 * Keyed by the names in the diff's target schema; a hint whose old name is not in the source
 * schema is inert (the rename already happened).
 *
 * @param tables target table name to source table name
 * @param columns target table name to (target column name to source column name)
 */
public record RenameHints(Map<QualifiedName, QualifiedName> tables,
    Map<QualifiedName, Map<String, String>> columns) {

  public RenameHints {
    tables = Map.copyOf(tables);
    Map<QualifiedName, Map<String, String>> copy = new HashMap<>();
    columns.forEach((table, renames) -> copy.put(table, Map.copyOf(renames)));
    columns = Map.copyOf(copy);
  }

  public static RenameHints none() {
    return new RenameHints(Map.of(), Map.of());
  }

  /** The hints for the opposite diff (the downgrade). */
  public RenameHints inverse() {
    Map<QualifiedName, QualifiedName> inverseTables = new HashMap<>();
    tables.forEach((target, source) -> inverseTables.put(source, target));
    Map<QualifiedName, Map<String, String>> inverseColumns = new HashMap<>();
    columns.forEach((targetTable, renames) -> {
      QualifiedName sourceTable = tables.getOrDefault(targetTable, targetTable);
      Map<String, String> swapped = new HashMap<>();
      renames.forEach((target, source) -> swapped.put(source, target));
      inverseColumns.put(sourceTable, swapped);
    });
    return new RenameHints(inverseTables, inverseColumns);
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenameHints h && tables.equals(h.tables) && columns.equals(h.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tables, columns);
  }
}
