package dev.driftless;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The result of a drift check: every difference between the database and the snapshot. */
public record DriftReport(List<Difference> differences) {

  public DriftReport {
    differences = List.copyOf(differences);
  }

  /** Whether the database matches the snapshot exactly. */
  public boolean isClean() {
    return differences.isEmpty();
  }

  /** A report a person reads at a glance; one block per difference. */
  public String format() {
    if (isClean()) {
      return "No drift: the database matches the snapshot.";
    }
    StringBuilder out = new StringBuilder("Drift: the database differs from the snapshot in ")
        .append(differences.size()).append(differences.size() == 1 ? " place:" : " places:");
    for (Difference d : differences) {
      out.append("\n  ").append(d.object())
          .append("\n    snapshot:     ").append(d.expected())
          .append("\n    database:     ").append(d.actual())
          .append("\n    to reconcile: ").append(d.reconcileSql().replace("\n", "\n      "));
    }
    return out.toString();
  }

  /**
   * The report as JSON, for tools: {@code {"clean": false, "differences": [{"object": ...,
   * "expected": ..., "actual": ..., "reconcileSql": ...}]}}.
   */
  public String toJson() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("clean", isClean());
    ArrayNode list = root.putArray("differences");
    for (Difference d : differences) {
      ObjectNode node = list.addObject();
      node.put("object", d.object());
      node.put("expected", d.expected());
      node.put("actual", d.actual());
      node.put("reconcileSql", d.reconcileSql());
    }
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  @Override
  public String toString() {
    return format();
  }
}
