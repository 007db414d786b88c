package dev.driftless.schema;

/** Whether a constraint's check can wait until commit. */
public enum Deferrability {
  NOT_DEFERRABLE(""),
  DEFERRABLE_INITIALLY_IMMEDIATE(" DEFERRABLE INITIALLY IMMEDIATE"),
  DEFERRABLE_INITIALLY_DEFERRED(" DEFERRABLE INITIALLY DEFERRED");

  private final String sql;

  Deferrability(String sql) {
    this.sql = sql;
  }

  /** The clause appended to a constraint definition, with a leading space, or empty. */
  public String sql() {
    return sql;
  }

  public static Deferrability of(boolean deferrable, boolean initiallyDeferred) {
    if (!deferrable) {
      return NOT_DEFERRABLE;
    }
    return initiallyDeferred ? DEFERRABLE_INITIALLY_DEFERRED : DEFERRABLE_INITIALLY_IMMEDIATE;
  }
}
