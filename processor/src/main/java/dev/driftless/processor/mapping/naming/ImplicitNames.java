package dev.driftless.processor.mapping.naming;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.schema.PostgresNames;
import javax.lang.model.element.TypeElement;

/**
 * Every name Hibernate makes up when an annotation does not give one, in one place: the logical
 * name (JPA's rule, e.g. {@code <attribute>_<referenced column>}) turned into the physical name
 * PostgreSQL stores by the {@link NamingStrategy}.
 *
 * <p>An explicit name from an annotation goes through {@link #physical} only; a reader that finds
 * no explicit name asks this class for the implicit one, so that each rule has exactly one home.
 */
public final class ImplicitNames {
  /** The discriminator column of a {@code SINGLE_TABLE} hierarchy without {@code @DiscriminatorColumn}. */
  static final String DISCRIMINATOR = "DTYPE";

  private final NamingStrategy naming;
  private final Quoting quoting;
  private final AnnotationValues values;

  /** The names Hibernate makes with {@code naming} and its default quoting. */
  public ImplicitNames(NamingStrategy naming, AnnotationValues values) {
    this(naming, Quoting.NONE, values);
  }

  public ImplicitNames(NamingStrategy naming, Quoting quoting, AnnotationValues values) {
    this.naming = naming;
    this.quoting = quoting;
    this.values = values;
  }

  /**
   * The physical name of an explicit (or already logical) name.
   *
   * @throws ReservedNameException if Hibernate would write it unquoted and PostgreSQL reserves it
   */
  public String physical(String logical) {
    return naming.physical(logical, quoting);
  }

  /** {@link #physical}, before PostgreSQL's 63-byte cut: the name Hibernate's SQL uses. */
  public String uncut(String logical) {
    return naming.uncut(logical, quoting);
  }

  /** The entity name: {@code @Entity(name)}, or the simple class name. */
  public String entityName(TypeElement entity) {
    String name = AnnotationValues.find(entity, Jpa.ENTITY)
        .map(e -> values.string(e, "name")).orElse("");
    return name.isEmpty() ? entity.getSimpleName().toString() : name;
  }

  /**
   * The logical name {@code logical} as Hibernate holds it before PostgreSQL folds it (see
   * {@link NamingStrategy#spelling}); as written if {@code quoted}.
   */
  public String spelling(String logical, boolean quoted) {
    return quoted ? PostgresNames.truncate(logical) : naming.spelling(logical, quoting);
  }

  /**
   * {@link #spelling} before PostgreSQL cuts it to 63 bytes. A quoted name is as the strategy
   * keeps a quoted name (6.6's snake case converts it too). Never throws: a reserved name is
   * reported where the name itself is made, and spelled here as PostgreSQL would fold it.
   */
  public String uncutSpelling(String logical, boolean quoted) {
    try {
      return quoted ? naming.quoted(logical) : naming.uncutSpelling(logical, quoting);
    } catch (ReservedNameException e) {
      return e.name();
    }
  }

  /** An entity's table: its entity name. */
  public String table(String entityName) {
    return physical(entityName);
  }

  /** A basic attribute's column: the attribute name. */
  public String column(String attribute) {
    return physical(attribute);
  }

  /** Whether Hibernate quotes the logical name {@code logical}, keeping it as written. */
  public boolean quotes(String logical) {
    String text = logical.strip();
    return NamingStrategy.explicitlyQuoted(text) || !NamingStrategy.plainWord(text)
        || quoting.quotes(text);
  }

  /**
   * The logical name {@code logical} as Hibernate compares logical names: as written if quoted
   * ({@code quoted}, or quoted by the settings), else in lower case. Two mappings whose tables
   * have one logical name share one table.
   */
  public String logicalKey(String logical, boolean quoted) {
    String text = logical.strip();
    if (NamingStrategy.explicitlyQuoted(text)) {
      return text.substring(1, text.length() - 1);
    }
    return quoted || quotes(text) ? text : text.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the column PostgreSQL stores as {@code physical} was quoted. An unquoted name is
   * folded to lower case, so a capital letter means quotes; a lower-case name is taken as unquoted
   * unless Hibernate quotes it by itself (a key word it is told to quote, say).
   */
  public boolean quotedColumn(String physical) {
    return !physical.equals(physical.toLowerCase(java.util.Locale.ROOT)) || quotes(physical);
  }

  /**
   * A join column of a reference, of a {@code @MapsId} key or of a unidirectional
   * {@code @OneToMany}: {@code <attribute>_<referenced column>}. {@code quoted} when the
   * referenced table or column is quoted, which makes Hibernate quote the join column too.
   */
  public String joinColumn(String attribute, String referencedColumn, boolean quoted) {
    return physicalOrAsWritten(attribute + "_" + referencedColumn, quoted);
  }

  /**
   * An element collection's table: {@code <entity name>_<attribute>}. {@code quoted} when the
   * owner's table is, as Hibernate then quotes this one.
   */
  public String collectionTable(String ownerEntityName, String attribute, boolean quoted) {
    return physicalOrAsWritten(ownerEntityName + "_" + attribute, quoted);
  }

  /**
   * The column of a collection table that refers to its owner: {@code <entity name>_<id>}.
   * {@code quoted} when the owner's table or id column is quoted.
   */
  public String collectionOwnerColumn(String ownerEntityName, String ownerIdColumn,
      boolean quoted) {
    return physicalOrAsWritten(ownerEntityName + "_" + ownerIdColumn, quoted);
  }

  /**
   * A join table: {@code <owning table>_<target table>}. {@code quoted} when either table is
   * quoted, as Hibernate then quotes this one.
   */
  public String joinTable(String ownerTable, String targetTable, boolean quoted) {
    return physicalOrAsWritten(ownerTable + "_" + targetTable, quoted);
  }

  /**
   * The owner's column in a join table: {@code <inverse attribute>_<id>} when the other side maps
   * the association back with {@code mappedBy}, else {@code <entity name>_<id>}. {@code quoted}
   * when the owner's table or id column is quoted.
   */
  public String joinTableOwnerColumn(String inverseAttributeOrEntityName, String ownerIdColumn,
      boolean quoted) {
    return physicalOrAsWritten(inverseAttributeOrEntityName + "_" + ownerIdColumn, quoted);
  }

  /** {@code logical} as written if {@code quoted}, else its physical name. */
  private String physicalOrAsWritten(String logical, boolean quoted) {
    return quoted ? PostgresNames.truncate(logical) : physical(logical);
  }

  /** The key column of a {@code Map} element collection: {@code <attribute>_KEY}. */
  public String mapKeyColumn(String attribute) {
    return physical(attribute + "_KEY");
  }

  /** The list index of an {@code @OrderColumn}: {@code <attribute>_ORDER}. */
  public String orderColumn(String attribute) {
    return physical(attribute + "_ORDER");
  }

  /** The discriminator column: {@code DTYPE}. */
  public String discriminatorColumn() {
    return physical(DISCRIMINATOR);
  }

  /**
   * The sequence of a {@code @GeneratedValue} without a generator: {@code <table>_SEQ}, after the
   * physical name of the id's table (the hierarchy root's), as Hibernate's implicit naming of
   * id sequences builds it: {@code shipment_leg} gives {@code shipment_leg_seq}.
   */
  public String defaultSequence(String tableName) {
    return physical(tableName + "_SEQ");
  }

  /**
   * An explicit {@code @Index} name as PostgreSQL stores it: Hibernate writes it without quotes
   * even when it was written in quotes, so it is always folded.
   */
  public String indexName(String explicit) {
    String text = unquoted(explicit.strip());
    return checkedFold(text);
  }

  /**
   * An explicit unique constraint or check name: folded, unless written in quotes, as Hibernate
   * pastes it into its DDL.
   */
  public String constraintName(String explicit) {
    String text = explicit.strip();
    return NamingStrategy.explicitlyQuoted(text) ? PostgresNames.truncate(unquoted(text))
        : checkedFold(text);
  }

  /**
   * An explicit {@code @ForeignKey} name: Hibernate renders it as it renders a table name, so
   * the quoting settings apply, but not the naming strategy.
   */
  public String foreignKeyName(String explicit) {
    String text = explicit.strip();
    return quotes(text) ? PostgresNames.truncate(unquoted(text)) : checkedFold(text);
  }

  private static String unquoted(String text) {
    return NamingStrategy.explicitlyQuoted(text) ? text.substring(1, text.length() - 1) : text;
  }

  private static String checkedFold(String text) {
    return NamingStrategy.JPA.physical(text.toLowerCase(java.util.Locale.ROOT), Quoting.NONE);
  }

  /** The table of {@code GenerationType.TABLE} without {@code @TableGenerator}. */
  public String generatorTable() {
    return physical("hibernate_sequences");
  }

  /** The generator table's key column. */
  public String generatorKeyColumn() {
    return physical("sequence_name");
  }

  /** The generator table's value column. */
  public String generatorValueColumn() {
    return physical("next_val");
  }
}
