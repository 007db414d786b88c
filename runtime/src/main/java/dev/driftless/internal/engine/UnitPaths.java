package dev.driftless.internal.engine;

import dev.driftless.schema.QualifiedName;
import java.util.regex.Pattern;

/**
 * Where one schema unit keeps what the processor writes and the runtime reads, and its default
 * version table. The unnamed unit ({@value #DEFAULT}) keeps the paths every build used before
 * units existed; a named unit has its own directory, so two units on one class path never share
 * a resource.
 *
 * @param unit the unit's name, or {@value #DEFAULT} for the unnamed unit
 */
public record UnitPaths(String unit) {

  /** The unnamed unit: a project with one model does not name it. */
  public static final String DEFAULT = "";

  /** One line per named unit, in every class-path root that has one. */
  public static final String UNITS_INDEX = "META-INF/driftless/units.idx";

  /**
   * Lowercase letters, digits and underscores, starting with a letter: a unit's name is part of a
   * resource path and of its version table's name, so it must be the same on every file system
   * and a plain PostgreSQL identifier.
   */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  public UnitPaths {
    if (!unit.equals(DEFAULT) && !NAME.matcher(unit).matches()) {
      throw new IllegalArgumentException("'" + unit + "' is not a schema unit name: use up to 40 "
          + "lowercase letters, digits and underscores, starting with a letter (e.g. billing)");
    }
  }

  /** The index of the unit's revision classes. */
  public String revisionIndex() {
    return directory() + "revisions.idx";
  }

  /** The copy of the unit's committed snapshot. */
  public String snapshot() {
    return directory() + "schema.json";
  }

  /**
   * {@code public.driftless_history} for the unnamed unit, {@code public.driftless_history_<unit>}
   * for a named one: units that share a database each keep their own history and lock.
   */
  public QualifiedName defaultVersionTable() {
    return unit.equals(DEFAULT) ? VersionTable.DEFAULT_NAME
        : QualifiedName.of(QualifiedName.DEFAULT_SCHEMA, "driftless_history_" + unit);
  }

  /** How messages name the unit. */
  public String describe() {
    return describe(unit);
  }

  /** How messages name {@code unit}. */
  public static String describe(String unit) {
    return unit.equals(DEFAULT) ? "the unnamed schema unit" : "schema unit '" + unit + "'";
  }

  private String directory() {
    return unit.equals(DEFAULT) ? "META-INF/driftless/" : "META-INF/driftless/units/" + unit + "/";
  }
}
