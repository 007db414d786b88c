package dev.driftless.processor.element;

/**
 * Names of the Hibernate ORM annotations the processor honours when present. They are read by
 * name, so neither the processor nor a user's build needs Hibernate on the compile path.
 */
public final class Hibernate {
  private Hibernate() {}

  private static final String P = "org.hibernate.annotations.";

  public static final String JDBC_TYPE_CODE = P + "JdbcTypeCode";
  public static final String JDBC_TYPE = P + "JdbcType";
  public static final String COLUMN_DEFAULT = P + "ColumnDefault";
  public static final String COMMENT = P + "Comment";
  public static final String CHECK = P + "Check";
  public static final String NATURAL_ID = P + "NaturalId";
  public static final String ON_DELETE = P + "OnDelete";

  /** {@code SqlTypes.NAMED_ENUM}: a native enum type, labels sorted by name. */
  public static final int NAMED_ENUM = 6001;
  /** {@code SqlTypes.NAMED_ORDINAL_ENUM}: a native enum type, labels in declaration order. */
  public static final int NAMED_ORDINAL_ENUM = 6003;
}
