package dev.driftless.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Writes a schema as snapshot text: sorted, one column, constraint or index per line. */
final class SnapshotWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotWriter() {}

  /** The snapshot text for {@code schema}, ending in a newline. */
  static String write(Schema schema) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"format\": ").append(SnapshotCodec.FORMAT).append(",\n  \"tables\": [");
    List<Table> tables = schema.tables();
    for (int i = 0; i < tables.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      writeTable(tables.get(i), out);
    }
    out.append(tables.isEmpty() ? "],\n" : "\n  ],\n");
    if (!schema.enums().isEmpty()) {
      List<String> enums = schema.enums().stream().map(SnapshotWriter::enumType).toList();
      appendLines(out, "  ", "enums", enums, false);
      out.append(",\n");
    }
    List<String> sequences = schema.sequences().stream().map(SnapshotWriter::sequence).toList();
    appendLines(out, "  ", "sequences", sequences, true);
    out.append("}\n");
    return out.toString();
  }

  private static void writeTable(Table table, StringBuilder out) {
    out.append("    {\n");
    out.append("      \"schema\": ").append(string(table.name().schema())).append(",\n");
    out.append("      \"name\": ").append(string(table.name().name())).append(",\n");
    if (table.comment() != null) {
      out.append("      \"comment\": ").append(string(table.comment())).append(",\n");
    }
    List<String> blocks = new ArrayList<>();
    blocks.add(lines("      ", "columns", table.columns().stream().map(SnapshotWriter::column)
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
          .map(SnapshotWriter::check).toList()));
    }
    if (!table.foreignKeys().isEmpty()) {
      blocks.add(lines("      ", "foreignKeys", table.foreignKeys().stream()
          .map(SnapshotWriter::foreignKey).toList()));
    }
    if (!table.indexes().isEmpty()) {
      blocks.add(lines("      ", "indexes", table.indexes().stream()
          .map(SnapshotWriter::index).toList()));
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
