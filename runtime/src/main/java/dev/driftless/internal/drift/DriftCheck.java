package dev.driftless.internal.drift;

import dev.driftless.Difference;
import dev.driftless.DriftReport;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.internal.catalog.PostgresCanonicalizer;
import dev.driftless.internal.catalog.PostgresCatalogReader;
import dev.driftless.internal.engine.ConformingStrings;
import dev.driftless.internal.engine.ExpandedState;
import dev.driftless.internal.engine.MigrationLock;
import dev.driftless.internal.engine.RedactedErrors;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Compares the live database with the snapshot, using the same differ that writes revisions: the
 * ops that would turn the database into the snapshot are exactly the differences.
 *
 * <p>It takes the migration lock first, shared with other checks, so a migration in flight is
 * never reported as drift while any number of instances check at once; and
 * it lets PostgreSQL settle whether differently spelled expressions mean the same thing
 * ({@link PostgresCanonicalizer}), so a database migrated by Driftless never shows false drift.
 */
public final class DriftCheck {
  private final Schema snapshot;
  private final Schema unfiltered;
  private final ExpandedState expandedState;
  private final QualifiedName versionTable;
  private final DriftFilter filter;
  private final Duration lockWait;
  private final PostgresCatalogReader reader = new PostgresCatalogReader();
  private final PostgresCanonicalizer canonicalizer;
  private final SchemaDiffer differ = new SchemaDiffer();
  private final Dialect dialect;

  public DriftCheck(Schema snapshot, QualifiedName versionTable, Dialect dialect) {
    this(snapshot, versionTable, dialect, DriftFilter.all(), MigrationLock.DEFAULT_WAIT);
  }

  /**
   * @param filter the objects the check owns
   * @param lockWait how long to wait for a migration in flight
   */
  public DriftCheck(Schema snapshot, QualifiedName versionTable, Dialect dialect,
      DriftFilter filter, Duration lockWait) {
    this(snapshot, versionTable, dialect, filter, lockWait, null);
  }

  /**
   * @param expandedState what a database with contract revisions held back should hold, or
   *     {@code null} when the snapshot is all there is
   */
  public DriftCheck(Schema snapshot, QualifiedName versionTable, Dialect dialect,
      DriftFilter filter, Duration lockWait, ExpandedState expandedState) {
    this.lockWait = lockWait;
    this.unfiltered = snapshot;
    this.expandedState = expandedState;
    this.snapshot = filter.apply(snapshot);
    this.versionTable = versionTable;
    this.filter = filter;
    this.canonicalizer = new PostgresCanonicalizer(dialect);
    this.dialect = dialect;
  }

  /** Reads the schemas the snapshot uses and reports each difference. */
  @SuppressWarnings("try") // the lock and the setting hold for the try block, never read
  public DriftReport check(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquireShared(connection, versionTable, lockWait);
        ConformingStrings strings = ConformingStrings.on(connection)) {
      // The canonicalizer runs the snapshot's expressions, written as standard literals.
      // The schemas the application owns are the ones its snapshot uses (public if none).
      Schema expected = expandedState == null ? snapshot
          : filter.apply(expandedState.expected(connection, unfiltered));
      Set<String> namespaces = new TreeSet<>(expected.namespaces());
      if (namespaces.isEmpty()) {
        namespaces.add(QualifiedName.DEFAULT_SCHEMA);
      }
      Schema live = filter.apply(reader.read(connection, namespaces, Set.of(versionTable)));
      Schema aligned = canonicalizer.align(connection, expected, live);
      if (aligned.equals(expected)) {
        // The differ finds nothing between equal schemas; equality is one walk, the diff many
        // lookups per table (the larger part of a clean check's own time at 10,000 tables).
        return new DriftReport(List.of());
      }
      List<Difference> differences = new DifferenceDescriber(dialect, aligned, expected)
          .describeAll(differ.diff(aligned, expected));
      return new DriftReport(differences);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot read the database catalog for the drift check: "
          + RedactedErrors.message(e), RedactedErrors.cause(e));
    }
  }
}
