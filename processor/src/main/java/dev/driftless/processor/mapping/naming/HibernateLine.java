package dev.driftless.processor.mapping.naming;

import java.util.Locale;
import javax.lang.model.util.Elements;

/**
 * The Hibernate ORM line whose schema Driftless derives: Spring Boot 3.x runs 6.6 (with Jakarta
 * Persistence 3.1), Spring Boot 4 runs 7.x (with 3.2). The lines export different schemas for the
 * same entities; each difference is one method here, named after what it decides, with the
 * Hibernate source that decides it. Readers ask these methods and never compare lines themselves.
 *
 * <p>Chosen by {@code -Adriftless.hibernate}, else detected from the compile class path (see
 * {@link #detect}), else the newest 7.x rules.
 */
public enum HibernateLine {
  /** Hibernate ORM 6.6 (Spring Boot 3.x), checked against 6.6.56.Final. */
  V6_6("6.6"),
  /** Hibernate ORM 7.x as of 7.4 (Spring Boot 4), checked against 7.4.6.Final. */
  V7("7");

  /** The spellings {@link #fromOption} accepts, for messages and documentation. */
  public static final String ACCEPTED = "6, 6.6, 6.6.x, 7, 7.x, 7.4";

  /** In hibernate-core 7.0 and later, not in 6.x: marks a 7 class path. */
  static final String ONLY_IN_7 = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
  /** In every hibernate-core: marks that Hibernate is on the class path at all. */
  static final String ANY_HIBERNATE = "org.hibernate.SessionFactory";

  private final String label;

  HibernateLine(String label) {
    this.label = label;
  }

  /** How the line is written in options and messages: {@code 6.6} or {@code 7}. */
  public String label() {
    return label;
  }

  /**
   * The line an option value names.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static HibernateLine fromOption(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("6") || v.equals("6.6") || v.equals("6.6.x") || v.matches("6\\.6\\.\\d+(\\.final)?")) {
      return V6_6;
    }
    if (v.equals("7") || v.equals("7.x") || v.matches("7\\.\\d+(\\.\\d+)?(\\.final)?")) {
      return V7;
    }
    throw new IllegalArgumentException("-Adriftless.hibernate=" + value + " is not a Hibernate "
        + "line Driftless knows; use one of " + ACCEPTED + " (6.6 for Spring Boot 3.x, 7 for "
        + "Spring Boot 4), or leave it out to detect the line from the class path");
  }

  /**
   * The line of the hibernate-core on the compile class path: 7 if it has a class that only 7
   * has ({@value #ONLY_IN_7}), 6.6 if it has Hibernate without it, and 7 (the newest rules) if
   * Hibernate is not on the compile class path at all (a project that has it at run time only
   * should set {@code -Adriftless.hibernate}).
   */
  public static HibernateLine detect(Elements elements) {
    if (elements.getTypeElement(ONLY_IN_7) != null) {
      return V7;
    }
    return elements.getTypeElement(ANY_HIBERNATE) != null ? V6_6 : V7;
  }

  /**
   * Whether a {@code @Version} column is NOT NULL whatever its type and {@code @Column} say.
   * 7: {@code EntityBinder.getNullability} returns {@code FORCED_NOT_NULL} for a version and
   * {@code PropertyBinder.bindVersionProperty} sets it non-optional; 6.6 has neither, so its
   * version column follows the ordinary rules ({@link #optional}).
   */
  public boolean versionNotNull() {
    return this == V7;
  }

  /**
   * Whether a basic attribute is optional, which (without {@code @Column}) decides if its column
   * may be null and (in 7) whether a single-table subclass checks it: Hibernate's
   * {@code PropertyBinder.isOptional}. 7: {@code @Basic} present: {@code optional} and not
   * primitive. 6.6: {@code @Basic} present: its {@code optional} alone, so {@code @Basic int} is
   * optional. Both: no {@code @Basic}, inside an embeddable: optional; else: not primitive.
   */
  public boolean optional(boolean basicPresent, boolean basicOptional, boolean primitive,
      boolean inEmbeddable) {
    if (basicPresent) {
      return this == V7 ? basicOptional && !primitive : basicOptional;
    }
    return inEmbeddable || !primitive;
  }

  /**
   * Fractional-second digits of a {@code time} column ({@code java.sql.Time}, {@code LocalTime},
   * {@code OffsetTime}, {@code @Temporal(TIME)}). 7: {@code getDefaultSqlPrecision} of
   * {@code JdbcTimeJavaType}, {@code LocalTimeJavaType} and {@code OffsetTimeJavaType} returns 0;
   * 6.6: they return {@code dialect.getDefaultTimestampPrecision()}, 6.
   */
  public int timePrecision() {
    return this == V7 ? 0 : 6;
  }

  /**
   * Whether a list index ({@code @OrderColumn}) is checked {@code >= 0}. 7:
   * {@code IndexColumn.addIndexCheckConstraint}; 6.6's {@code IndexColumn} adds no check.
   */
  public boolean orderColumnCheck() {
    return this == V7;
  }

  /**
   * Whether a {@code SINGLE_TABLE} discriminator is checked against the known values, and each
   * concrete subclass's required columns by {@code dtype <> 'Sub' or (… is not null)}. 7:
   * {@code DiscriminatorColumnSecondPass} and {@code SingleTableSubclass.createConstraints};
   * 6.6 has neither.
   */
  public boolean singleTableChecks() {
    return this == V7;
  }

  /**
   * Whether the join columns of a {@code @ManyToOne(optional = false)} or {@code @OneToOne
   * (optional = false)} declared in a single-table subclass may be null (the subclass's check
   * requires them instead). 7: {@code ToOneBinder} sets them NOT NULL only when
   * {@code nullability != FORCED_NULL}; 6.6's {@code ToOneBinder} sets them NOT NULL whenever the
   * association is not optional, so no other class of the hierarchy can be stored.
   */
  public boolean singleTableSubclassColumnsNullable() {
    return this == V7;
  }

  /**
   * Whether a {@code Set} element collection whose element columns may be null is keyed by a
   * unique constraint over owner and element. {@code org.hibernate.mapping.Set.createPrimaryKey}:
   * both lines make a primary key when every element column is NOT NULL; with a nullable one 7
   * makes a unique key instead, 6.6 nothing.
   */
  public boolean uniqueNullableSetElements() {
    return this == V7;
  }

  /**
   * Whether a unidirectional {@code @OneToMany} {@code Set} with a join table is keyed by its
   * target column alone. 7.4: {@code CollectionBinder.bindManyToManyInverseForeignKey} makes the
   * target column the primary key ({@code createPrimaryKey = unique && oneToMany && isSet}) and no
   * unique constraint; 6.6 (and 7.0 to 7.3): the set's primary key over owner and target, and a
   * unique constraint on the target.
   */
  public boolean oneToManySetKeyedByTarget() {
    return this == V7;
  }

  /**
   * Whether a generator named in {@code @GeneratedValue(generator)} may be declared on another
   * entity. 6.6: {@code GeneratorBinder.buildGenerators} registers every field and class
   * generator with the metadata collector, globally; 7: only with JPA's global generator scope
   * ({@code JpaCompliance.isGlobalGeneratorScopeEnabled}, off by default), else an unresolved
   * name makes an implicit generator of that name ({@code IdentifierGeneratorDefinition
   * .createImplicit}): a sequence or generator table named after it.
   */
  public boolean globalGenerators() {
    return this == V6_6;
  }
}
