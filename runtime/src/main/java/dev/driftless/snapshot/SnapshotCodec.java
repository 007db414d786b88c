package dev.driftless.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the committed schema snapshot.
 *
 * <p>The layout is made for code review and for git: tables sorted by name, one column,
 * constraint or index per line, no timestamps and no head pointer, so an unchanged model writes
 * the same bytes and two branches that touch different tables merge without a conflict.
 */
public final class SnapshotCodec {

  /** The format this version writes, and the newest it reads. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The snapshot text for {@code schema}, ending in a newline. */
  public String write(Schema schema) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"format\": ").append(FORMAT).append(",\n  \"tables\": [");
    List<Table> tables = schema.tables();
    for (int i = 0; i < tables.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      writeTable(tables.get(i), out);
    }
    out.append(tables.isEmpty() ? "],\n" : "\n  ],\n");
    if (!schema.enums().isEmpty()) {
      List<String> enums = schema.enums().stream().map(SnapshotCodec::enumType).toList();
      appendLines(out, "  ", "enums", enums, false);
      out.append(",\n");
    }
    List<String> sequences = schema.sequences().stream().map(SnapshotCodec::sequence).toList();
    appendLines(out, "  ", "sequences", sequences, true);
    out.append("}\n");
    return out.toString();
  }

  /**
   * Parses snapshot text.
   *
   * @param source where the text came from, for error messages
   * @throws SnapshotFormatException on merge-conflict markers, bad JSON or an unknown format
   */
  public Schema read(String text, String source) {
    rejectConflictMarkers(text, source);
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException(
          source + " is not valid JSON (" + e.getOriginalMessage() + " at line "
              + e.getLocation().getLineNr() + "). Restore it from git, then build again.", e);
    }
    if (root == null || !root.isObject()) {
      throw new SnapshotFormatException(source + " is not a Driftless snapshot (no JSON object)");
    }
    int format = root.path("format").asInt(-1);
    if (format < 1 || format > FORMAT) {
      throw new SnapshotFormatException(
          source + " has snapshot format " + root.path("format") + "; this Driftless reads "
              + "formats 1 to " + FORMAT + ". Upgrade Driftless, or restore the file from git.");
    }
    try {
      List<Table> tables = new ArrayList<>();
      root.path("tables").forEach(t -> tables.add(readTable(t)));
      List<Sequence> sequences = new ArrayList<>();
      root.path("sequences").forEach(s -> sequences.add(readSequence(s)));
      List<EnumType> enums = new ArrayList<>();
      root.path("enums").forEach(e -> enums.add(readEnum(e)));
      return new Schema(tables, sequences, List.of(), enums);
    } catch (RuntimeException e) {
      throw new SnapshotFormatException(source + " is malformed: " + e.getMessage(), e);
    }
  }

  private static void rejectConflictMarkers(String text, String source) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("<<<<<<<") || line.startsWith(">>>>>>>") || line.startsWith("=======")) {
        throw new SnapshotFormatException(
            source + " has an unresolved git merge conflict (line " + (i + 1) + "). Keep the "
                + "objects of both sides: the snapshot must describe the schema after the "
                + "revisions of both branches. Delete the markers, then build again.");
      }
    }
  }

  private static void writeTable(Table table, StringBuilder out) {
    out.append("    {\n");
    out.append("      \"schema\": ").append(string(table.name().schema())).append(",\n");
    out.append("      \"name\": ").append(string(table.name().name())).append(",\n");
    if (table.comment() != null) {
      out.append("      \"comment\": ").append(string(table.comment())).append(",\n");
    }
    List<String> blocks = new ArrayList<>();
    blocks.add(lines("      ", "columns", table.columns().stream().map(SnapshotCodec::column)
        .toList()));
    if (table.primaryKey() != null) {
      blocks.add("      \"primaryKey\": " + keyed(table.primaryKey().name(),
          table.primaryKey().columns()));
    }
    if (!table.uniqueConstraints().isEmpty()) {
      blocks.add(lines("      ", "uniqueConstraints", table.uniqueConstraints().stream()
          .map(u -> keyed(u.name(), u.columns())).toList()));
    }
    if (!table.checkConstraints().isEmpty()) {
      blocks.add(lines("      ", "checkConstraints", table.checkConstraints().stream()
          .map(SnapshotCodec::check).toList()));
    }
    if (!table.foreignKeys().isEmpty()) {
      blocks.add(lines("      ", "foreignKeys", table.foreignKeys().stream()
          .map(SnapshotCodec::foreignKey).toList()));
    }
    if (!table.indexes().isEmpty()) {
      blocks.add(lines("      ", "indexes", table.indexes().stream()
          .map(SnapshotCodec::index).toList()));
    }
    out.append(String.join(",\n", blocks)).append("\n    }");
  }

  private static String lines(String indent, String field, List<String> items) {
    StringBuilder out = new StringBuilder();
    appendLines(out, indent, field, items, false);
    return out.toString();
  }

  private static void appendLines(
      StringBuilder out, String indent, String field, List<String> items, boolean last) {
    out.append(indent).append(string(field)).append(": [");
    if (items.isEmpty()) {
      out.append("]");
    } else {
      out.append("\n").append(indent).append("  ")
          .append(String.join(",\n" + indent + "  ", items))
          .append("\n").append(indent).append("]");
    }
    if (last) {
      out.append("\n");
    }
  }

  private static String column(Column column) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", column.name());
    node.put("type", column.type().sql());
    node.put("nullable", column.nullable());
    if (column.identity() != Identity.NONE) {
      node.put("identity", column.identity().name());
    }
    if (column.defaultExpression() != null) {
      node.put("default", column.defaultExpression());
    }
    if (column.comment() != null) {
      node.put("comment", column.comment());
    }
    return compact(node);
  }

  private static String keyed(String name, List<String> columns) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", name);
    ArrayNode array = node.putArray("columns");
    columns.forEach(array::add);
    return compact(node);
  }

  private static String foreignKey(ForeignKey fk) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", fk.name());
    fk.columns().forEach(node.putArray("columns")::add);
    node.put("targetSchema", fk.target().schema());
    node.put("targetTable", fk.target().name());
    fk.targetColumns().forEach(node.putArray("targetColumns")::add);
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      node.put("onDelete", fk.onDelete().name());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      node.put("onUpdate", fk.onUpdate().name());
    }
    if (fk.deferrability() != Deferrability.NOT_DEFERRABLE) {
      node.put("deferrable", fk.deferrability().name());
    }
    return compact(node);
  }

  private static String index(Index index) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", index.name());
    index.columns().forEach(node.putArray("columns")::add);
    node.put("unique", index.unique());
    if (!index.method().equals(Index.DEFAULT_METHOD)) {
      node.put("method", index.method());
    }
    if (index.where() != null) {
      node.put("where", index.where());
    }
    return compact(node);
  }

  private static String check(CheckConstraint check) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", check.name());
    node.put("expression", check.expression());
    return compact(node);
  }

  private static String sequence(Sequence sequence) {
    ObjectNode node = JSON.createObjectNode();
    node.put("schema", sequence.name().schema());
    node.put("name", sequence.name().name());
    node.put("start", sequence.start());
    node.put("increment", sequence.increment());
    return compact(node);
  }

  private static String enumType(EnumType type) {
    ObjectNode node = JSON.createObjectNode();
    node.put("schema", type.name().schema());
    node.put("name", type.name().name());
    type.values().forEach(node.putArray("values")::add);
    return compact(node);
  }

  private static EnumType readEnum(JsonNode node) {
    return new EnumType(QualifiedName.of(text(node, "schema"), text(node, "name")),
        strings(node.path("values")));
  }

  private static Table readTable(JsonNode node) {
    Table.Builder table = Table.builder(text(node, "schema"), text(node, "name"))
        .comment(optionalText(node, "comment"));
    node.path("columns").forEach(c -> table.column(readColumn(c)));
    JsonNode pk = node.get("primaryKey");
    if (pk != null) {
      table.primaryKey(new PrimaryKey(text(pk, "name"), strings(pk.path("columns"))));
    }
    node.path("uniqueConstraints").forEach(
        u -> table.unique(new UniqueConstraint(text(u, "name"), strings(u.path("columns")))));
    node.path("checkConstraints").forEach(
        c -> table.check(new CheckConstraint(text(c, "name"), text(c, "expression"))));
    node.path("foreignKeys").forEach(f -> table.foreignKey(new ForeignKey(
        text(f, "name"),
        strings(f.path("columns")),
        QualifiedName.of(text(f, "targetSchema"), text(f, "targetTable")),
        strings(f.path("targetColumns")),
        ReferentialAction.valueOf(f.path("onDelete").asText("NO_ACTION")),
        ReferentialAction.valueOf(f.path("onUpdate").asText("NO_ACTION")),
        Deferrability.valueOf(f.path("deferrable").asText("NOT_DEFERRABLE")))));
    node.path("indexes").forEach(i -> table.index(new Index(text(i, "name"),
        strings(i.path("columns")), i.path("unique").asBoolean(),
        i.path("method").asText(Index.DEFAULT_METHOD), optionalText(i, "where"))));
    return table.build();
  }

  private static Column readColumn(JsonNode node) {
    JsonNode identity = node.get("identity");
    return new Column(
        text(node, "name"),
        ColumnType.of(text(node, "type")),
        node.path("nullable").asBoolean(true),
        identity == null ? Identity.NONE : Identity.valueOf(identity.asText()),
        optionalText(node, "default"),
        optionalText(node, "comment"));
  }

  private static Sequence readSequence(JsonNode node) {
    return Sequence.of(text(node, "schema"), text(node, "name"),
        node.path("start").asLong(1), node.path("increment").asLong(1));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing \"" + field + "\" in " + node);
    }
    return value.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String string(String value) {
    return compact(JSON.getNodeFactory().textNode(value));
  }

  private static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
