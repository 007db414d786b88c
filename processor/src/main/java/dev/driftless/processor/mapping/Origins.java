package dev.driftless.processor.mapping;

import dev.driftless.schema.QualifiedName;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Which element each table and column of the model comes from, so that a later stage (change
 * intents, warnings) can read its annotations and report on the right line.
 *
 * @param tables the entity each entity table comes from
 * @param columns the attribute (or entity) each column of an entity table comes from
 */
public record Origins(Map<QualifiedName, Element> tables,
    Map<QualifiedName, Map<String, Element>> columns) {

  public Origins {
    tables = Map.copyOf(tables);
    columns = Map.copyOf(columns);
  }
}
