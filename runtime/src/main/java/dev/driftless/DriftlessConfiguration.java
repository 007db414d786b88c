package dev.driftless;

import dev.driftless.engine.RevisionIndex;
import dev.driftless.schema.QualifiedName;
import dev.driftless.engine.VersionTable;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Settings for {@link Driftless}, set fluently: {@code Driftless.configure().dataSource(ds).load()}.
 */
public final class DriftlessConfiguration {
  private DataSource dataSource;
  private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
  private QualifiedName versionTable = VersionTable.DEFAULT_NAME;
  private String snapshotResource = RevisionIndex.SNAPSHOT_RESOURCE;

  DriftlessConfiguration() {}

  /** The database to migrate and verify. Required. */
  public DriftlessConfiguration dataSource(DataSource value) {
    this.dataSource = Objects.requireNonNull(value, "dataSource");
    return this;
  }

  /** Where revisions and the snapshot are found; defaults to the context class loader. */
  public DriftlessConfiguration classLoader(ClassLoader value) {
    this.classLoader = Objects.requireNonNull(value, "classLoader");
    return this;
  }

  /** The version table; defaults to {@code public.driftless_history}. */
  public DriftlessConfiguration versionTable(String schema, String table) {
    this.versionTable = QualifiedName.of(schema, table);
    return this;
  }

  /** The class-path resource of the snapshot; the processor writes it by default. */
  public DriftlessConfiguration snapshotResource(String value) {
    this.snapshotResource = Objects.requireNonNull(value, "snapshotResource");
    return this;
  }

  /** Loads the revisions and the snapshot; fails fast if either is missing or inconsistent. */
  public Driftless load() {
    if (dataSource == null) {
      throw new IllegalStateException(
          "No data source: call Driftless.configure().dataSource(...) before load()");
    }
    return Driftless.load(this);
  }

  DataSource dataSource() {
    return dataSource;
  }

  ClassLoader classLoader() {
    return classLoader != null ? classLoader : Driftless.class.getClassLoader();
  }

  QualifiedName versionTable() {
    return versionTable;
  }

  String snapshotResource() {
    return snapshotResource;
  }
}
