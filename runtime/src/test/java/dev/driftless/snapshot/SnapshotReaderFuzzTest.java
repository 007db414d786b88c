package dev.driftless.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driftless.schema.Schema;
import dev.driftless.testing.SampleSchemas;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutates committed-looking snapshots (a key deleted or renamed, a key added, a value of another
 * type, another value of the same type) and checks that the reader never accepts one and means
 * something else: each mutated file is either refused with its name in the message, or read into
 * a schema whose snapshot text is the mutated file itself. "Itself" allows only the freedoms the
 * format gives: layout and key order, the order of sorted collections (tables, sequences, enum
 * types, constraints, indexes), and an optional key spelled out at its default value.
 */
class SnapshotReaderFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String FILE = "fuzzed-snapshot.json";
  private static final SnapshotCodec CODEC = new SnapshotCodec();
  private static final List<JsonNode> BASES = List.of(
      tree(CODEC.write(SampleSchemas.library())), tree(CODEC.write(SampleSchemas.libraryLater())));

  /** Keys of the format, and near misses of them, for renames and additions. */
  private static final List<String> KEYS = List.of("format", "tables", "enums", "sequences",
      "schema", "name", "comment", "columns", "primaryKey", "uniqueConstraints",
      "checkConstraints", "foreignKeys", "indexes", "type", "nullable", "identity", "default",
      "expression", "targetSchema", "targetTable", "targetColumns", "onDelete", "onUpdate",
      "deferrable", "unique", "method", "where", "start", "increment", "values", "tablez",
      "nullabel", "Name", "columns ", "");

  /** Values of every JSON type, including the spellings the writer uses for enums and types. */
  private static final List<JsonNode> VALUES = List.of(NODES.nullNode(), NODES.textNode(""),
      NODES.textNode("x"), NODES.textNode("1"), NODES.textNode("true"), NODES.textNode("no"),
      NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(-1), NODES.numberNode(1.9),
      NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("9" + Long.MAX_VALUE)),
      NODES.booleanNode(true), NODES.booleanNode(false), NODES.arrayNode(),
      NODES.arrayNode().add("x"), NODES.arrayNode().add(1), NODES.objectNode(),
      NODES.textNode("NONE"), NODES.textNode("ALWAYS"), NODES.textNode("BY_DEFAULT"),
      NODES.textNode("CASCADE"), NODES.textNode("NO_ACTION"), NODES.textNode("cascade"),
      NODES.textNode("NOT_DEFERRABLE"), NODES.textNode("DEFERRABLE_INITIALLY_DEFERRED"),
      NODES.textNode("btree"), NODES.textNode("gin"), NODES.textNode("bigint"),
      NODES.textNode("int8"), NODES.textNode("BIGINT"), NODES.textNode("text[]"),
      NODES.textNode("character varying(20)"), NODES.textNode("varchar(20)"),
      NODES.textNode("numeric(12,2)"), NODES.textNode("public"), NODES.textNode("id"));

  enum Kind { DELETE, RENAME_KEY, ADD_KEY, OTHER_VALUE, SAME_TYPE_CHANGE }

  /** One mutation of one base snapshot, at the node {@code target} points to. */
  record Mutation(int base, String target, Kind kind, String key, JsonNode value, int variant) {
    JsonNode applyTo(JsonNode original) {
      JsonNode root = original.deepCopy();
      JsonPointer pointer = JsonPointer.compile(target);
      JsonNode parent = root.at(pointer.head());
      String last = pointer.last().getMatchingProperty();
      JsonNode node = root.at(pointer);
      switch (kind) {
        case DELETE -> remove(parent, last);
        case RENAME_KEY -> {
          if (parent instanceof ObjectNode object) {
            object.remove(last);
            object.set(key, node);
          } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), NODES.objectNode().set(key, node));
          }
        }
        case ADD_KEY -> {
          if (node instanceof ObjectNode object) {
            object.set(key, value);
          } else {
            replace(parent, last, value);
          }
        }
        case OTHER_VALUE -> replace(parent, last, value);
        case SAME_TYPE_CHANGE -> replace(parent, last, sameTypeChange(node, variant));
      }
      return root;
    }
  }

  @Property(tries = 3000)
  void everyMutatedSnapshotIsReadBackAsWrittenOrRefusedNamingTheFile(
      @ForAll("mutations") Mutation mutation) {
    // A reader that refused everything would pass too: make sure both outcomes are exercised.
    Statistics.coverage(coverage -> {
      coverage.check("refused").percentage(p -> p > 20);
      coverage.check("accepted").percentage(p -> p > 10);
    });
    JsonNode mutated = mutation.applyTo(BASES.get(mutation.base()));
    String text = pretty(mutated);
    Schema schema;
    try {
      schema = CODEC.read(text, FILE);
    } catch (SnapshotFormatException refused) {
      assertTrue(refused.getMessage().startsWith(FILE), refused::getMessage);
      Statistics.collect("refused");
      return;
    }
    Statistics.collect(mutated.equals(BASES.get(mutation.base())) ? "unchanged" : "accepted");
    assertEquals(normalized(tree(text)), normalized(tree(CODEC.write(schema))),
        () -> "accepted, but read as something else:\n" + text);
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    List<Map.Entry<Integer, String>> targets = new ArrayList<>();
    for (int base = 0; base < BASES.size(); base++) {
      for (String pointer : pointers(BASES.get(base), "")) {
        targets.add(Map.entry(base, pointer));
      }
    }
    return Combinators.combine(
        Arbitraries.of(targets), Arbitraries.of(Kind.class), Arbitraries.of(KEYS),
        Arbitraries.of(VALUES), Arbitraries.integers().between(0, 7))
        .as((target, kind, key, value, variant) ->
            new Mutation(target.getKey(), target.getValue(), kind, key, value, variant));
  }

  /** JSON pointers of every node but the root. */
  private static List<String> pointers(JsonNode node, String at) {
    List<String> pointers = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String child = at + "/" + field.getKey();
        pointers.add(child);
        pointers.addAll(pointers(field.getValue(), child));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = at + "/" + i;
        pointers.add(child);
        pointers.addAll(pointers(node.get(i), child));
      }
    }
    return pointers;
  }

  private static JsonNode sameTypeChange(JsonNode node, int variant) {
    if (node.isBoolean()) {
      return NODES.booleanNode(!node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      long[] deltas = {1, -1, -node.longValue(), 1000, -1000, 2, Long.MAX_VALUE / 2, -2};
      return NODES.numberNode(node.longValue() + deltas[variant]);
    }
    if (node.isTextual()) {
      String text = node.textValue();
      String[] changes = {text + "x", text.toUpperCase(), "", " " + text, text + " ",
          text.isEmpty() ? "y" : text.substring(1), "a" + text, text + text};
      return NODES.textNode(changes[variant]);
    }
    if (node.isArray() && node.size() > 0) {
      ArrayNode array = node.deepCopy();
      switch (variant % 4) {
        case 0 -> array.remove(0);
        case 1 -> array.add(array.get(0).deepCopy());
        case 2 -> array.removeAll();
        default -> {
          ArrayNode reversed = NODES.arrayNode();
          for (int i = array.size() - 1; i >= 0; i--) {
            reversed.add(array.get(i));
          }
          return reversed;
        }
      }
      return array;
    }
    return node.isObject() ? NODES.objectNode() : node;
  }

  private static void remove(JsonNode parent, String last) {
    if (parent instanceof ObjectNode object) {
      object.remove(last);
    } else {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    }
  }

  private static void replace(JsonNode parent, String last, JsonNode value) {
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
  }

  /**
   * The snapshot with the freedoms of its format taken out: sorted collections sorted, optional
   * keys at their default left out (key order and layout do not count in a JSON tree).
   */
  private static JsonNode normalized(JsonNode snapshot) {
    ObjectNode root = snapshot.deepCopy();
    sortBy(root, "tables", "schema", "name");
    sortBy(root, "sequences", "schema", "name");
    sortBy(root, "enums", "schema", "name");
    dropIfEmpty(root, "enums");
    for (JsonNode table : root.path("tables")) {
      ObjectNode object = (ObjectNode) table;
      for (String kind : List.of("uniqueConstraints", "checkConstraints", "foreignKeys",
          "indexes")) {
        sortBy(object, kind, "name");
        dropIfEmpty(object, kind);
      }
      table.path("columns").forEach(c -> dropIfDefault(c, "identity", "NONE"));
      table.path("foreignKeys").forEach(f -> {
        dropIfDefault(f, "onDelete", "NO_ACTION");
        dropIfDefault(f, "onUpdate", "NO_ACTION");
        dropIfDefault(f, "deferrable", "NOT_DEFERRABLE");
      });
      table.path("indexes").forEach(i -> dropIfDefault(i, "method", "btree"));
    }
    return root;
  }

  private static void sortBy(ObjectNode parent, String field, String... keys) {
    if (!(parent.get(field) instanceof ArrayNode array)) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    items.sort(Comparator.comparing(item -> {
      StringBuilder key = new StringBuilder();
      for (String k : keys) {
        key.append(item.path(k).asText()).append('\u0000');
      }
      return key.toString();
    }));
    ArrayNode sorted = NODES.arrayNode();
    items.forEach(sorted::add);
    parent.set(field, sorted);
  }

  private static void dropIfEmpty(ObjectNode parent, String field) {
    if (parent.path(field).isArray() && parent.path(field).isEmpty()) {
      parent.remove(field);
    }
  }

  private static void dropIfDefault(JsonNode object, String field, String value) {
    if (value.equals(object.path(field).textValue())) {
      ((ObjectNode) object).remove(field);
    }
  }

  private static JsonNode tree(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
