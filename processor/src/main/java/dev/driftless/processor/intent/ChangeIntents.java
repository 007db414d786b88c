package dev.driftless.processor.intent;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.mapping.Origins;

import dev.driftless.annotations.ConfirmDrop;
import dev.driftless.annotations.RenamedFrom;
import dev.driftless.diff.RenameHints;
import dev.driftless.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * What the entities say about the change itself rather than the schema: renames announced with
 * {@code @RenamedFrom}, drops confirmed with {@code @ConfirmDrop}, and which element each table
 * and column comes from, so that a diagnostic lands on the right line.
 */
public final class ChangeIntents {
  private static final String RENAMED_FROM = RenamedFrom.class.getCanonicalName();
  private static final String CONFIRM_DROP = ConfirmDrop.class.getCanonicalName();

  private final AnnotationValues values;
  private final Map<QualifiedName, QualifiedName> tableRenames = new TreeMap<>();
  private final Map<QualifiedName, Map<String, String>> columnRenames = new TreeMap<>();
  private final Map<QualifiedName, Element> tableOrigins = new HashMap<>();
  private final Map<QualifiedName, Map<String, Element>> columnOrigins = new HashMap<>();
  private final Map<QualifiedName, Set<String>> confirmedColumnDrops = new HashMap<>();
  private final Set<QualifiedName> confirmedTableDrops = new HashSet<>();

  private ChangeIntents(AnnotationValues values) {
    this.values = values;
  }

  /** What the elements the model's tables and columns come from announce. */
  public static ChangeIntents of(Origins origins, AnnotationValues values) {
    ChangeIntents intents = new ChangeIntents(values);
    origins.tables().forEach(intents::entity);
    origins.columns().forEach((table, columns) ->
        columns.forEach((column, origin) -> intents.column(table, column, origin)));
    return intents;
  }

  /** Records the entity that maps to {@code table} and what it announces. */
  private void entity(QualifiedName table, Element entity) {
    tableOrigins.put(table, entity);
    AnnotationValues.find(entity, RENAMED_FROM).ifPresent(renamed -> tableRenames.put(table,
        QualifiedName.of(table.schema(), values.string(renamed, "value"))));
    AnnotationValues.find(entity, CONFIRM_DROP).ifPresent(confirm -> {
      confirmedColumnDrops.put(table, Set.copyOf(values.strings(confirm, "columns")));
      for (String name : values.strings(confirm, "tables")) {
        int dot = name.indexOf('.');
        confirmedTableDrops.add(dot < 0 ? QualifiedName.of(table.schema(), name)
            : QualifiedName.of(name.substring(0, dot), name.substring(dot + 1)));
      }
    });
  }

  /** Records the field a column of {@code table} comes from and its announced rename. */
  private void column(QualifiedName table, String column, Element field) {
    columnOrigins.computeIfAbsent(table, t -> new HashMap<>()).put(column, field);
    AnnotationValues.find(field, RENAMED_FROM).ifPresent(renamed -> columnRenames
        .computeIfAbsent(table, t -> new TreeMap<>())
        .put(column, values.string(renamed, "value")));
  }

  public RenameHints renameHints() {
    return new RenameHints(tableRenames, columnRenames);
  }

  /** The entity {@code table} comes from, or null. */
  public Element originOf(QualifiedName table) {
    return tableOrigins.get(table);
  }

  /** The field (or entity) a column of {@code table} comes from, or null. */
  public Element originOf(QualifiedName table, String column) {
    return columnOrigins.getOrDefault(table, Map.of()).get(column);
  }

  /** Whether {@code @ConfirmDrop(columns)} on the entity of {@code table} names {@code column}. */
  public boolean dropConfirmed(QualifiedName table, String column) {
    return confirmedColumnDrops.getOrDefault(table, Set.of()).contains(column);
  }

  /** Whether some entity's {@code @ConfirmDrop(tables)} names {@code table}. */
  public boolean dropConfirmed(QualifiedName table) {
    return confirmedTableDrops.contains(table);
  }
}
