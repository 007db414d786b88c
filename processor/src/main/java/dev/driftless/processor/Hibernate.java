package dev.driftless.processor;

/**
 * Names of the Hibernate ORM annotations the processor honours when present. They are read by
 * name, so neither the processor nor a user's build needs Hibernate on the compile path.
 */
final class Hibernate {
  private Hibernate() {}

  private static final String P = "org.hibernate.annotations.";

  static final String JDBC_TYPE_CODE = P + "JdbcTypeCode";
  static final String JDBC_TYPE = P + "JdbcType";
  static final String COLUMN_DEFAULT = P + "ColumnDefault";
  static final String COMMENT = P + "Comment";
  static final String CHECK = P + "Check";
  static final String NATURAL_ID = P + "NaturalId";

  /** {@code SqlTypes.NAMED_ENUM}: a native enum type, labels sorted by name. */
  static final int NAMED_ENUM = 6001;
  /** {@code SqlTypes.NAMED_ORDINAL_ENUM}: a native enum type, labels in declaration order. */
  static final int NAMED_ORDINAL_ENUM = 6003;
}
