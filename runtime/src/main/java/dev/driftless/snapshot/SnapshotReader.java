package dev.driftless.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Reads snapshot text back into a schema, refusing merge-conflict markers and unknown formats. */
final class SnapshotReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotReader() {}

  /**
   * Parses snapshot text.
   *
   * @param source where the text came from, for error messages
   * @throws SnapshotFormatException on merge-conflict markers, bad JSON or an unknown format
   */
  static Schema read(String text, String source) {
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
    if (format < 1 || format > SnapshotCodec.FORMAT) {
      throw new SnapshotFormatException(
          source + " has snapshot format " + root.path("format") + "; this Driftless reads "
              + "formats 1 to " + SnapshotCodec.FORMAT + ". Upgrade Driftless, or restore the file from git.");
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
}
