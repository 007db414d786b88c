package dev.driftless.cli;

import dev.driftless.DriftReport;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.drift.DriftFilter;
import dev.driftless.internal.engine.MigrationLock;
import dev.driftless.internal.engine.RevisionIndex;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import dev.driftless.sql.PostgresDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftless check}: does the live database match the snapshot? Exit 1 when not. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Compares a live PostgreSQL database with a schema snapshot and prints each difference "
            + "with the SQL that would reconcile it.",
        "Exit codes: 0 no drift, 1 drift, 2 bad arguments, 3 other failure."})
final class CheckCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(names = "--snapshot", paramLabel = "FILE",
      description = "The committed snapshot, e.g. schema-snapshots/app.json. Default: the "
          + "unit's snapshot on the class path (" + RevisionIndex.SNAPSHOT_RESOURCE + " for the "
          + "unnamed unit), the other units' objects left out")
  Path snapshot;

  @Option(names = "--include", paramLabel = "PATTERN",
      description = "Check only matching tables and sequences (schema.name, * wildcard)")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "PATTERN",
      description = "Leave matching tables and sequences out, e.g. public.spatial_ref_sys")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  enum Format { text, json }

  @Option(names = "--no-catalog-fingerprint", negatable = false,
      description = "Read the whole catalog even if a recorded fingerprint still matches, and "
          + "record none")
  boolean noFingerprint;

  @Override
  public Integer call() throws IOException {
    DriftReport report = snapshot != null
        ? new DriftCheck(readSnapshot(snapshot), connection.versionTableName(),
            new PostgresDialect(), new DriftFilter(includes, excludes), MigrationLock.DEFAULT_WAIT,
            null, !noFingerprint)
            .check(connection.dataSource())
        : connection.configure(true).catalogFingerprint(!noFingerprint)
            .includeObjects(includes.toArray(String[]::new))
            .excludeObjects(excludes.toArray(String[]::new)).load().check();
    spec.commandLine().getOut().println(format == Format.json ? report.toJson() : report.format());
    spec.commandLine().getOut().flush();
    return report.isClean() ? DriftlessCommand.OK : DriftlessCommand.DRIFT;
  }

  private static Schema readSnapshot(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no snapshot file at " + file.toAbsolutePath());
    }
    return new SnapshotCodec().read(file);
  }
}
