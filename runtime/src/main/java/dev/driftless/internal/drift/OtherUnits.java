package dev.driftless.internal.drift;

import dev.driftless.internal.engine.ClassPathUnits;
import dev.driftless.internal.engine.UnitPaths;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.snapshot.SnapshotCodec;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the other schema units on the class path own: the tables, sequences and enum types their
 * snapshots declare, and their default version tables. Two units may share a database; each
 * drift check leaves the other's objects alone, by what the other declares rather than by a
 * pattern someone has to keep in step.
 */
public final class OtherUnits {
  private OtherUnits() {}

  /** The objects units other than {@code unit} declare and {@code own} does not. */
  public static Set<QualifiedName> objects(ClassPathUnits units, String unit, Schema own) {
    Set<QualifiedName> mine = names(own);
    Set<QualifiedName> theirs = new TreeSet<>();
    SnapshotCodec codec = new SnapshotCodec();
    for (String other : units.names()) {
      if (other.equals(unit)) {
        continue;
      }
      UnitPaths paths = new UnitPaths(other);
      ClassPathUnits.Content content = units.read(other, paths.snapshot());
      theirs.addAll(names(codec.read(content.snapshotText(), content.snapshotOrigin())));
      theirs.add(paths.defaultVersionTable());
    }
    theirs.removeAll(mine);
    return theirs;
  }

  private static Set<QualifiedName> names(Schema schema) {
    Set<QualifiedName> names = new TreeSet<>();
    schema.tables().stream().map(Table::name).forEach(names::add);
    schema.sequences().forEach(s -> names.add(s.name()));
    schema.enums().forEach(e -> names.add(e.name()));
    return names;
  }
}
