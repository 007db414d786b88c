package dev.driftless.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The whole database schema that a set of entities describes: tables, sequences and enum types,
 * each kept sorted by qualified name so that equal schemas are equal values with one serialized
 * form.
 *
 * @param tables tables, sorted by name
 * @param sequences sequences, sorted by name
 * @param namespaces PostgreSQL schemas: those given plus every one an object is in, sorted (a
 *     namespace can exist with nothing in it)
 * @param enums native enum types, sorted by name
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<String> namespaces,
    List<EnumType> enums) {

  public Schema {
    tables = sortedUnique(tables, Table::name, "table");
    sequences = sortedUnique(sequences, Sequence::name, "sequence");
    enums = sortedUnique(enums, EnumType::name, "enum type");
    TreeSet<String> names = new TreeSet<>(namespaces);
    tables.forEach(t -> names.add(t.name().schema()));
    sequences.forEach(s -> names.add(s.name().schema()));
    enums.forEach(e -> names.add(e.name().schema()));
    namespaces = List.copyOf(names);
  }

  /** A schema without enum types. */
  public Schema(List<Table> tables, List<Sequence> sequences, List<String> namespaces) {
    this(tables, sequences, namespaces, List.of());
  }

  /** A schema whose namespaces are just those its objects are in, without enum types. */
  public Schema(List<Table> tables, List<Sequence> sequences) {
    this(tables, sequences, List.of());
  }

  public static Schema empty() {
    return new Schema(List.of(), List.of());
  }

  /** The table called {@code name}; a binary search, since tables are sorted by name. */
  public Optional<Table> table(QualifiedName name) {
    return find(tables, Table::name, name);
  }

  public Optional<Sequence> sequence(QualifiedName name) {
    return find(sequences, Sequence::name, name);
  }

  public Optional<EnumType> enumType(QualifiedName name) {
    return find(enums, EnumType::name, name);
  }

  /** A copy with {@code tables} in place of this schema's tables. */
  public Schema replaceTables(List<Table> tables) {
    return new Schema(tables, sequences, namespaces, enums);
  }

  /**
   * A copy in which each table is replaced by its namesake in {@code replacements}; one pass, for
   * callers that change many tables at once.
   */
  public Schema withTables(java.util.Map<QualifiedName, Table> replacements) {
    if (replacements.isEmpty()) {
      return this;
    }
    List<Table> next = new ArrayList<>(tables.size());
    for (Table table : tables) {
      next.add(replacements.getOrDefault(table.name(), table));
    }
    return new Schema(next, sequences, namespaces, enums);
  }

  private static <T> Optional<T> find(List<T> sorted,
      java.util.function.Function<T, QualifiedName> key, QualifiedName name) {
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = key.apply(sorted.get(mid)).compareTo(name);
      if (order == 0) {
        return Optional.of(sorted.get(mid));
      } else if (order < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  public Schema withNamespace(String name) {
    List<String> next = new ArrayList<>(namespaces);
    next.add(name);
    return new Schema(tables, sequences, next, enums);
  }

  /** A copy without the namespace {@code name}, which must hold no object. */
  public Schema withoutNamespace(String name) {
    List<String> next = new ArrayList<>(namespaces);
    next.remove(name);
    Schema result = new Schema(tables, sequences, next, enums);
    if (result.namespaces().contains(name)) {
      throw new IllegalStateException("namespace " + name + " still holds objects");
    }
    return result;
  }

  /** A copy with {@code table} added, or replacing the table of the same name. */
  public Schema withTable(Table table) {
    List<Table> next = new ArrayList<>(tables);
    next.removeIf(t -> t.name().equals(table.name()));
    next.add(table);
    return new Schema(next, sequences, namespaces, enums);
  }

  public Schema withoutTable(QualifiedName name) {
    List<Table> next = new ArrayList<>(tables);
    next.removeIf(t -> t.name().equals(name));
    return new Schema(next, sequences, namespaces, enums);
  }

  public Schema withSequence(Sequence sequence) {
    List<Sequence> next = new ArrayList<>(sequences);
    next.removeIf(s -> s.name().equals(sequence.name()));
    next.add(sequence);
    return new Schema(tables, next, namespaces, enums);
  }

  public Schema withoutSequence(QualifiedName name) {
    List<Sequence> next = new ArrayList<>(sequences);
    next.removeIf(s -> s.name().equals(name));
    return new Schema(tables, next, namespaces, enums);
  }

  /** A copy with {@code type} added, or replacing the enum type of the same name. */
  public Schema withEnum(EnumType type) {
    List<EnumType> next = new ArrayList<>(enums);
    next.removeIf(e -> e.name().equals(type.name()));
    next.add(type);
    return new Schema(tables, sequences, namespaces, next);
  }

  public Schema withoutEnum(QualifiedName name) {
    List<EnumType> next = new ArrayList<>(enums);
    next.removeIf(e -> e.name().equals(name));
    return new Schema(tables, sequences, namespaces, next);
  }

  private static <T> List<T> sortedUnique(
      List<T> items, java.util.function.Function<T, QualifiedName> key, String kind) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    for (int i = 1; i < copy.size(); i++) {
      if (key.apply(copy.get(i)).equals(key.apply(copy.get(i - 1)))) {
        throw new IllegalArgumentException("two " + kind + "s named " + key.apply(copy.get(i)));
      }
    }
    return List.copyOf(copy);
  }
}
