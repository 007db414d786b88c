package dev.driftless;

/**
 * A revision failed to apply. Its transaction was rolled back, so the database holds every
 * revision before it and nothing of it. The message names the revision, the operation and the
 * database object, the statement, and PostgreSQL's SQLSTATE and error.
 */
public final class MigrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String revisionId;
  private final String statement;
  private final String sqlState;

  public MigrationException(
      String revisionId, String message, String statement, String sqlState, Throwable cause) {
    super(message, cause);
    this.revisionId = revisionId;
    this.statement = statement;
    this.sqlState = sqlState;
  }

  /** The revision that failed, or {@code null} if the failure came before any revision ran. */
  public String revisionId() {
    return revisionId;
  }

  /** The SQL statement that failed, or {@code null}. */
  public String statement() {
    return statement;
  }

  /** PostgreSQL's SQLSTATE, or {@code null}. */
  public String sqlState() {
    return sqlState;
  }
}
