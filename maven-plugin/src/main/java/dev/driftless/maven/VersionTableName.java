package dev.driftless.maven;

import dev.driftless.schema.QualifiedName;

/** The {@code versionTable} parameter read as the command line's {@code --version-table}. */
record VersionTableName(String schema, String name) {

  /** {@code schema.table}, or {@code table} in {@code public}. */
  static VersionTableName parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("versionTable is empty: give schema.table or table");
    }
    String trimmed = value.strip();
    int dot = trimmed.indexOf('.');
    return dot < 0
        ? new VersionTableName(QualifiedName.DEFAULT_SCHEMA, trimmed)
        : new VersionTableName(trimmed.substring(0, dot), trimmed.substring(dot + 1));
  }
}
