package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.Contribution.SourcedColumn;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.naming.ReservedNameException;
import dev.driftless.schema.PostgresNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Two attributes of one entity whose column names differ but become one when PostgreSQL cuts
 * identifiers to 63 bytes: Hibernate would write both names and PostgreSQL would find one column.
 * The error says so, with both full names and the name they are cut to, on the second attribute.
 */
final class CutNameCollisions {
  private final ImplicitNames names;
  private final AnnotationValues values;

  CutNameCollisions(ImplicitNames names, AnnotationValues values) {
    this.names = names;
    this.values = values;
  }

  /** A collision of two attributes' columns that only the cut makes, if {@code columns} hold one. */
  Optional<Collision> find(List<SourcedColumn> columns) {
    Map<String, List<SourcedColumn>> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.computeIfAbsent(c.column().name(), n -> new ArrayList<>()).add(c));
    for (Map.Entry<String, List<SourcedColumn>> entry : byName.entrySet()) {
      String cut = entry.getKey();
      List<SourcedColumn> same = entry.getValue();
      if (same.size() < 2 || cut.getBytes(StandardCharsets.UTF_8).length
          < PostgresNames.MAX_IDENTIFIER_BYTES) {
        continue; // a short name collides as written: the general message fits it
      }
      Element first = same.get(0).origin();
      Element second = same.get(1).origin();
      if (first.equals(second)) {
        continue;
      }
      return Optional.of(new Collision(cut, first, fullName(first, cut), second,
          fullName(second, cut)));
    }
    return Optional.empty();
  }

  /**
   * The name before the cut of the column {@code attribute} maps: its {@code @Column(name)} or
   * its own name, as the naming strategy makes it. Null when that is not what was cut to
   * {@code cut} (a join column or an embedded attribute, whose name is built of parts).
   */
  private String fullName(Element attribute, String cut) {
    String explicit = AnnotationValues.find(attribute, Jpa.COLUMN)
        .map(c -> values.string(c, "name")).orElse("");
    try {
      String full = names.uncut(explicit.isEmpty() ? attribute.getSimpleName().toString()
          : explicit);
      return PostgresNames.truncate(full).equals(cut) ? full : null;
    } catch (ReservedNameException e) {
      return null;
    }
  }

  /** Two attributes whose column names PostgreSQL cuts to {@code cut}; a null full name is unknown. */
  record Collision(String cut, Element first, String firstName, Element second,
      String secondName) {

    String message(String entity) {
      return "Fields '" + first.getSimpleName() + "' and '" + second.getSimpleName() + "' of "
          + entity + " map to column names that collide only after PostgreSQL cuts identifiers to "
          + PostgresNames.MAX_IDENTIFIER_BYTES + " bytes: " + named(firstName) + " and "
          + named(secondName) + " both become " + cut + ". Give one of them a shorter "
          + "@Column(name = ...) that differs within the first "
          + PostgresNames.MAX_IDENTIFIER_BYTES + " bytes";
    }

    private String named(String full) {
      return full == null ? "a name longer than " + PostgresNames.MAX_IDENTIFIER_BYTES
          + " bytes" : full;
    }
  }
}
