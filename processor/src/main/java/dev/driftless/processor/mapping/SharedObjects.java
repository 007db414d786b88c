package dev.driftless.processor.mapping;


import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * The schema objects several entities may declare (sequences, native enum types, id generator
 * tables): each is kept once, and two declarations of one name must agree.
 */
final class SharedObjects {
  private final ErrorReporter reporter;
  private final Map<QualifiedName, Sequence> sequences = new TreeMap<>();
  private final Map<QualifiedName, EnumType> enums = new TreeMap<>();
  private final Map<QualifiedName, Table> generatorTables = new TreeMap<>();

  SharedObjects(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  void sequence(Sequence sequence, Element declaredBy) {
    Sequence clash = sequences.putIfAbsent(sequence.name(), sequence);
    if (clash != null && !clash.equals(sequence)) {
      throw reporter.abort(declaredBy, "Sequence " + sequence.name() + " is declared twice with "
          + "different settings (" + clash + " and " + sequence + "). Make the "
          + "@SequenceGenerator declarations agree.");
    }
  }

  void enumType(EnumType type, Element declaredBy) {
    EnumType clash = enums.putIfAbsent(type.name(), type);
    if (clash != null && !clash.equals(type)) {
      throw reporter.abort(declaredBy, "Two enums map to the PostgreSQL type "
          + type.name() + " (Hibernate names it after the simple class name) with "
          + "different values " + clash.values() + " and " + type.values()
          + ". Rename one of the enum classes.");
    }
  }

  void generatorTable(Table table, Element declaredBy) {
    Table clash = generatorTables.putIfAbsent(table.name(), table);
    if (clash != null && !clash.equals(table)) {
      throw reporter.abort(declaredBy, "Generator table " + table.name() + " is declared twice "
          + "with different columns. Make the @TableGenerator declarations agree.");
    }
  }

  List<Sequence> sequences() {
    return List.copyOf(sequences.values());
  }

  List<EnumType> enums() {
    return List.copyOf(enums.values());
  }

  List<Table> generatorTables() {
    return List.copyOf(generatorTables.values());
  }
}
