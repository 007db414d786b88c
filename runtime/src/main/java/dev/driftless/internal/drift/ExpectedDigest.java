package dev.driftless.internal.drift;

import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import java.util.Collection;
import java.util.Objects;

/**
 * The digest of everything besides the catalog that decides a drift check's verdict: the
 * expected schema (the snapshot text it was read from, or its canonical form), the schemas read, the version table
 * left out, the filter, and the Driftless release whose reader, canonicalizer and differ compare
 * them (a release may judge differently; a build without a version is told apart by nothing, so
 * development builds share one).
 */
final class ExpectedDigest {
  private static final SnapshotCodec CODEC = new SnapshotCodec();
  private static final String RELEASE = Objects.requireNonNullElse(
      ExpectedDigest.class.getPackage().getImplementationVersion(), "development");

  private ExpectedDigest() {}

  /**
   * @param schemaDigest the digest of the unfiltered expected schema ({@link #ofSchema}, or of
   *     the snapshot text it was read from)
   */
  static String of(String schemaDigest, Collection<String> namespaces,
      QualifiedName versionTable, DriftFilter filter) {
    return PostgresNames.sha256Hex(String.join("\n", "expected 1", RELEASE,
        String.join(",", namespaces), versionTable.toString(),
        String.join(",", filter.includes()), String.join(",", filter.excludes()),
        filter.otherUnits().stream().sorted().map(QualifiedName::toString).toList().toString(),
        schemaDigest));
  }

  /** The digest of {@code schema}'s canonical form: the snapshot file it would be written as. */
  static String ofSchema(Schema schema) {
    return PostgresNames.sha256Hex(CODEC.write(schema));
  }
}
