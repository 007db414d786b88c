package dev.driftless.internal.drift;

import dev.driftless.Difference;
import dev.driftless.DriftReport;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.internal.catalog.CatalogFingerprint;
import dev.driftless.internal.catalog.FingerprintedRead;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger LOG = LoggerFactory.getLogger(DriftCheck.class);

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
  private final boolean fingerprints;
  private final String snapshotDigest;

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
    this(snapshot, versionTable, dialect, filter, lockWait, expandedState, true);
  }

  /**
   * @param fingerprints whether a clean check records the catalog's fingerprint and a later
   *     check with the same expected schema and the same fingerprint skips the full read
   *     ({@link VerifiedCatalog})
   */
  public DriftCheck(Schema snapshot, QualifiedName versionTable, Dialect dialect,
      DriftFilter filter, Duration lockWait, ExpandedState expandedState,
      boolean fingerprints) {
    this(snapshot, null, versionTable, dialect, filter, lockWait, expandedState, fingerprints);
  }

  /**
   * @param snapshotDigest a digest that identifies {@code snapshot}, such as one of the text it
   *     was read from, or {@code null} to digest the snapshot's canonical form when needed (which
   *     at 10,000 tables costs a noticeable part of a check)
   */
  public DriftCheck(Schema snapshot, String snapshotDigest, QualifiedName versionTable,
      Dialect dialect, DriftFilter filter, Duration lockWait, ExpandedState expandedState,
      boolean fingerprints) {
    this.fingerprints = fingerprints;
    this.snapshotDigest = snapshotDigest;
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
  public DriftReport check(DataSource dataSource) {
    return verdict(dataSource).report();
  }

  /** A check's report, and whether the catalog's fingerprint settled it without a read. */
  record Verdict(DriftReport report, boolean byFingerprint) {}

  @SuppressWarnings("try") // the lock and the setting hold for the try block, never read
  Verdict verdict(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquireShared(connection, versionTable, lockWait);
        ConformingStrings strings = ConformingStrings.on(connection)) {
      // The canonicalizer runs the snapshot's expressions, written as standard literals.
      // The schemas the application owns are the ones its snapshot uses (public if none).
      Schema unfilteredExpected = expandedState == null ? unfiltered
          : expandedState.expected(connection, unfiltered);
      Schema expected = unfilteredExpected == unfiltered ? snapshot
          : filter.apply(unfilteredExpected);
      Set<String> namespaces = new TreeSet<>(expected.namespaces());
      if (namespaces.isEmpty()) {
        namespaces.add(QualifiedName.DEFAULT_SCHEMA);
      }
      Set<QualifiedName> excluded = Set.of(versionTable);
      if (!fingerprints) {
        return new Verdict(compare(connection, expected,
            reader.read(connection, namespaces, excluded)), false);
      }
      VerifiedCatalog.Stored stored = VerifiedCatalog.read(connection, versionTable, dialect);
      String expectedDigest = ExpectedDigest.of(
          unfilteredExpected == unfiltered && snapshotDigest != null ? snapshotDigest
              : ExpectedDigest.ofSchema(unfilteredExpected),
          namespaces, versionTable, filter);
      Optional<VerifiedCatalog> verified =
          stored.verified().filter(v -> v.expected().equals(expectedDigest));
      if (verified.isPresent()) {
        CatalogFingerprint recorded = verified.get().catalog();
        if (reader.fingerprint(connection, namespaces, excluded, recorded.printed())
            .equals(recorded.digest())) {
          return new Verdict(new DriftReport(List.of()), true);
        }
      }
      FingerprintedRead read = reader.readFingerprinted(connection, namespaces, excluded);
      DriftReport report = compare(connection, expected, read.schema());
      if (report.isClean() && stored.writable() && connection.getAutoCommit()
          && read.fingerprint().isPresent()) {
        keep(connection, stored, new VerifiedCatalog(expectedDigest, read.fingerprint().get()));
      }
      return new Verdict(report, false);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot read the database catalog for the drift check: "
          + RedactedErrors.message(e), RedactedErrors.cause(e));
    }
  }

  private DriftReport compare(Connection connection, Schema expected, Schema read)
      throws SQLException {
    Schema live = filter.apply(read);
    Schema aligned = canonicalizer.align(connection, expected, live);
    if (aligned.equals(expected)) {
      // The differ finds nothing between equal schemas; equality is one walk, the diff many
      // lookups per table (the larger part of a clean check's own time at 10,000 tables).
      return new DriftReport(List.of());
    }
    List<Difference> differences = new DifferenceDescriber(dialect, aligned, expected)
        .describeAll(differ.diff(aligned, expected));
    return new DriftReport(differences);
  }

  /**
   * Keeps what this clean check established, unless the same is already kept. A failure costs
   * the next check its shortcut, never this check its verdict.
   */
  private void keep(Connection connection, VerifiedCatalog.Stored stored,
      VerifiedCatalog verified) {
    if (stored.verified().filter(verified::equals).isPresent()) {
      return;
    }
    try {
      verified.write(connection, versionTable, dialect);
    } catch (SQLException e) {
      LOG.debug("Could not record the verified catalog on {}: {}", versionTable,
          RedactedErrors.message(e));
    }
  }
}
