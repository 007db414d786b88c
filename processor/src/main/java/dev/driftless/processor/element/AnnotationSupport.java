package dev.driftless.processor.element;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What Driftless does with each annotation of {@code jakarta.persistence} and
 * {@code org.hibernate.annotations}: the one list, read by the mapping stage (to refuse what it
 * does not map) and by the test that walks every annotation of both packages (so a new one cannot
 * be skipped silently). An annotation of either package that is listed nowhere is treated as
 * unsupported: the schema it makes is unknown, and a guess would be drift.
 */
public final class AnnotationSupport {
  private AnnotationSupport() {}

  /** How an annotation is treated. */
  public enum Kind {
    /** Read by the mapping stage. */
    MAPPED,
    /** Changes what Hibernate does at run time, never the schema it exports. */
    NO_SCHEMA_EFFECT,
    /** Changes the schema in a way Driftless does not mirror: an error on the element. */
    UNSUPPORTED
  }

  private static final String JPA = "jakarta.persistence.";
  private static final String HIBERNATE = "org.hibernate.annotations.";

  private static final Set<String> JPA_MAPPED = Set.of("Access", "AssociationOverride",
      "AssociationOverrides", "AttributeOverride", "AttributeOverrides", "Basic",
      "CheckConstraint", "CollectionTable", "Column", "Convert", "Converter",
      "DiscriminatorColumn", "DiscriminatorValue", "ElementCollection", "Embeddable", "Embedded",
      "EmbeddedId", "Entity", "Enumerated", "ForeignKey", "GeneratedValue", "Id", "IdClass",
      "Index", "Inheritance", "JoinColumn", "JoinColumns", "JoinTable", "Lob", "ManyToMany",
      "ManyToOne", "MapKey", "MapKeyClass", "MapKeyColumn", "MapKeyEnumerated",
      "MapKeyJoinColumn",
      "MapKeyTemporal",
      "MappedSuperclass", "MapsId", "OneToMany", "OneToOne",
      "OrderColumn", "PrimaryKeyJoinColumn", "SecondaryTable", "SequenceGenerator", "Table",
      "TableGenerator",
      "Temporal", "Transient", "UniqueConstraint", "Version",
      // Containers javac shows repeated annotations as.
      "SequenceGenerators", "TableGenerators", "Converts", "SecondaryTables");

  /** Queries, result mappings, graphs, listeners, caching, injection: nothing in the schema. */
  private static final Set<String> JPA_NO_SCHEMA_EFFECT = Set.of("Cacheable", "ColumnResult",
      "ConstructorResult", "EntityListeners", "EntityResult", "ExcludeDefaultListeners",
      "ExcludeSuperclassListeners", "FieldResult", "NamedAttributeNode", "NamedEntityGraph",
      "NamedEntityGraphs", "NamedNativeQueries", "NamedNativeQuery", "NamedQueries", "NamedQuery",
      "NamedStoredProcedureQueries", "NamedStoredProcedureQuery", "NamedSubgraph",
      // The order a collection is loaded in: an ORDER BY, no column.
      "OrderBy",
      "PersistenceContext", "PersistenceContexts", "PersistenceProperty", "PersistenceUnit",
      "PersistenceUnits", "PostLoad", "PostPersist", "PostRemove", "PostUpdate", "PrePersist",
      "PreRemove", "PreUpdate", "QueryHint", "SqlResultSetMapping", "SqlResultSetMappings",
      "StoredProcedureParameter");

  /** Unsupported, each with what to do instead. */
  private static final Map<String, String> JPA_UNSUPPORTED = Map.ofEntries(
      Map.entry("PrimaryKeyJoinColumns", "use one @PrimaryKeyJoinColumn per key column only for "
          + "a single-column key, or rename the key in a hand-written revision"),
      Map.entry("MapKeyJoinColumns", "key the map by an entity with a single-column id (one "
          + "@MapKeyJoinColumn), or write its table in a hand-written revision"),
      Map.entry("EnumeratedValue", "use @Enumerated(STRING) or ORDINAL"));

  private static final Set<String> HIBERNATE_MAPPED = Set.of("Check", "ColumnDefault", "Comment",
      "JdbcTypeCode", "NaturalId", "OnDelete");

  /**
   * Run-time behaviour only: fetching, caching, custom SQL, filters, locking, generation of
   * values the column already holds, registrations of Java-side types, and meta-annotations.
   */
  private static final Set<String> HIBERNATE_NO_SCHEMA_EFFECT = Set.of("AttributeAccessor",
      "AttributeBinderType", "Bag", "BatchSize", "Cache", "Cascade", "ConcreteProxy",
      "CreationTimestamp", "CurrentTimestamp", "DiscriminatorOptions", "DynamicInsert",
      "DynamicUpdate", "EmbeddableInstantiator", "EmbeddableInstantiatorRegistration",
      "EmbeddableInstantiatorRegistrations", "Fetch", "FetchProfile", "FetchProfileOverride",
      "FetchProfileOverrides", "FetchProfiles", "Filter", "FilterDef", "FilterDefs",
      "FilterJoinTable", "FilterJoinTables", "Filters", "HQLSelect", "IdGeneratorType",
      "Immutable", "Imported", "Instantiator", "LazyGroup", "MapKeyMutability", "Mutability",
      "NamedEntityGraph", "NamedEntityGraphs", "NamedNativeQueries", "NamedNativeQuery",
      "NamedQueries", "NamedQuery", "NaturalIdCache", "NaturalIdClass",
      // PostgreSQL has no national character types: Hibernate's DDL is the same without it.
      "Nationalized",
      "OptimisticLock", "OptimisticLocking", "ParamDef", "Parameter", "Parent", "PartitionKey",
      "QueryCacheLayout", "RowId", "SQLDelete", "SQLDeleteAll", "SQLDeletes", "SQLInsert",
      "SQLInserts", "SQLJoinTableRestriction", "SQLOrder", "SQLRestriction", "SQLSelect",
      "SQLUpdate", "SQLUpdates", "SortComparator", "SortNatural", "Source", "SqlFragmentAlias",
      "Synchronize", "TenantId", "TypeBinderType", "UpdateTimestamp", "UuidGenerator",
      "ValueGenerationType",
      // Read and write expressions around the column; the column itself is as mapped.
      "ColumnTransformer", "ColumnTransformers",
      // Only in 6.6 (removed in 7): loading, proxies, restrictions, Java-side generation.
      "GeneratorType", "LazyCollection", "LazyToOne", "Loader", "OrderBy", "Persister",
      "Polymorphism", "Proxy", "SelectBeforeUpdate", "Where", "WhereJoinTable");

  private static final String TYPE_ADVICE = "Driftless cannot know the column type a custom "
      + "type makes; use @JdbcTypeCode, @Convert or @Column(columnDefinition = ...) instead";
  private static final String NO_COLUMN_ADVICE = "such an attribute has no column of its own, "
      + "which Driftless does not mirror yet; map a column, or mark the attribute @Transient "
      + "and read the value in a query";

  private static final Map<String, String> HIBERNATE_UNSUPPORTED = hibernateUnsupported();

  private static Map<String, String> hibernateUnsupported() {
    Map<String, String> advice = new TreeMap<>();
    for (String any : new String[] {"Any", "AnyDiscriminator", "AnyDiscriminatorImplicitValues",
        "AnyDiscriminatorValue", "AnyDiscriminatorValues", "AnyKeyJavaClass", "AnyKeyJavaType",
        "AnyKeyJdbcType", "AnyKeyJdbcTypeCode", "ManyToAny"}) {
      advice.put(any, "map the association to one entity type, or write its columns in a "
          + "hand-written revision");
    }
    for (String type : new String[] {"Type", "JavaType", "JdbcType", "CompositeType",
        "CompositeTypeRegistration", "CompositeTypeRegistrations", "CollectionType",
        "CollectionTypeRegistration", "CollectionTypeRegistrations", "ConverterRegistration",
        "ConverterRegistrations", "JavaTypeRegistration", "JavaTypeRegistrations",
        "JdbcTypeRegistration", "JdbcTypeRegistrations", "TypeRegistration", "TypeRegistrations",
        "MapKeyCompositeType", "MapKeyJavaType", "MapKeyJdbcType", "MapKeyJdbcTypeCode",
        "MapKeyType", "ListIndexJavaType", "ListIndexJdbcType", "ListIndexJdbcTypeCode",
        "CollectionIdJavaClass", "CollectionIdJavaType", "CollectionIdJdbcType",
        "CollectionIdJdbcTypeCode", "CollectionIdMutability", "CollectionIdType", "Struct",
        "Array", "TargetEmbeddable"}) {
      advice.put(type, TYPE_ADVICE);
    }
    for (String formula : new String[] {"Formula", "JoinFormula", "JoinColumnOrFormula",
        "JoinColumnsOrFormulas", "DiscriminatorFormula"}) {
      advice.put(formula, NO_COLUMN_ADVICE);
    }
    advice.put("Checks", "write the checks in one @Check, or as @Table(check = ...) / "
        + "@Column(check = ...) (Jakarta Persistence 3.2)");
    advice.put("Comments", "put one @Comment on each element");
    advice.put("CollectionId", "use a List or Set, whose table Driftless mirrors, or write the "
        + "id column in a hand-written revision");
    advice.put("ListIndexBase", "keep the index 0-based");
    advice.put("Collate", "declare the collation in @Column(columnDefinition = ...) and a "
        + "hand-written revision");
    advice.put("FractionalSeconds", "give the precision in @Column(precision = ...) or "
        + "columnDefinition");
    advice.put("TimeZoneStorage", "use the default time-zone storage (a timestamp with time "
        + "zone)");
    advice.put("TimeZoneColumn", "use the default time-zone storage (a timestamp with time "
        + "zone)");
    advice.put("Generated", "Hibernate writes its sql into the DDL; use @ColumnDefault, or "
        + "write the column in a hand-written revision");
    advice.put("GeneratedColumn", "write the generated column in a hand-written revision");
    advice.put("GenericGenerator", "use @GeneratedValue with @SequenceGenerator, "
        + "@TableGenerator, IDENTITY or UUID");
    advice.put("GenericGenerators", "use @GeneratedValue with @SequenceGenerator, "
        + "@TableGenerator, IDENTITY or UUID");
    advice.put("NativeGenerator", "use @GeneratedValue with @SequenceGenerator, "
        + "@TableGenerator, IDENTITY or UUID");
    advice.put("NotFound", "Hibernate makes no foreign key for it; remove it, or drop the "
        + "foreign key in a hand-written revision");
    advice.put("PropertyRef", "reference the target's primary key");
    advice.put("SecondaryRow", "map the columns on the primary table");
    advice.put("SecondaryRows", "map the columns on the primary table");
    advice.put("SoftDelete", "map the deleted flag as an ordinary column");
    advice.put("Subselect", "Hibernate makes no table for it; map it in a module Driftless "
        + "does not read, or create the view in a hand-written revision");
    advice.put("View", "create the view in a hand-written revision");
    advice.put("EmbeddedColumnNaming", "name the columns with @AttributeOverride");
    advice.put("EmbeddedTable", "map the embeddable's columns on the entity's table");
    advice.put("Audited", "write the audit tables in a hand-written revision");
    advice.put("Changelog", "write the audit tables in a hand-written revision");
    advice.put("Temporal", "write the history columns or table in a hand-written revision");
    // Only in 6.6 (removed in 7), each replaced by what Driftless maps.
    advice.put("Columns", TYPE_ADVICE);
    advice.put("Target", "declare the attribute with its target type");
    advice.put("ForeignKey", "use @JoinColumn(foreignKey = @jakarta.persistence.ForeignKey(name "
        + "= ...))");
    advice.put("Index", "use @jakarta.persistence.Table(indexes = @Index(...))");
    advice.put("IndexColumn", "use @OrderColumn");
    advice.put("Table", "use @jakarta.persistence.Table and @Comment");
    advice.put("Tables", "use @jakarta.persistence.Table and @Comment");
    return Map.copyOf(advice);
  }

  /** How {@code qualifiedName} is listed, if it is listed at all. */
  public static Optional<Kind> listed(String qualifiedName) {
    if (qualifiedName.startsWith(JPA) && qualifiedName.indexOf('.', JPA.length()) < 0) {
      return kind(qualifiedName.substring(JPA.length()), JPA_MAPPED, JPA_NO_SCHEMA_EFFECT,
          JPA_UNSUPPORTED);
    }
    if (qualifiedName.startsWith(HIBERNATE) && qualifiedName.indexOf('.', HIBERNATE.length()) < 0) {
      return kind(qualifiedName.substring(HIBERNATE.length()), HIBERNATE_MAPPED,
          HIBERNATE_NO_SCHEMA_EFFECT, HIBERNATE_UNSUPPORTED);
    }
    return Optional.empty();
  }

  private static Optional<Kind> kind(String simpleName, Set<String> mapped, Set<String> none,
      Map<String, String> unsupported) {
    if (mapped.contains(simpleName)) {
      return Optional.of(Kind.MAPPED);
    }
    if (none.contains(simpleName)) {
      return Optional.of(Kind.NO_SCHEMA_EFFECT);
    }
    return unsupported.containsKey(simpleName) ? Optional.of(Kind.UNSUPPORTED) : Optional.empty();
  }

  /**
   * The error for {@code qualifiedName} found on an element, if Driftless refuses it: listed as
   * unsupported, or of a persistence package and listed nowhere (newer than this list).
   */
  public static Optional<String> refusal(String qualifiedName) {
    boolean jpa = qualifiedName.startsWith(JPA);
    if (!jpa && !qualifiedName.startsWith(HIBERNATE)) {
      return Optional.empty();
    }
    Optional<Kind> kind = listed(qualifiedName);
    if (kind.isPresent() && kind.get() != Kind.UNSUPPORTED) {
      return Optional.empty();
    }
    String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    String advice = (jpa ? JPA_UNSUPPORTED : HIBERNATE_UNSUPPORTED).get(simpleName);
    if (advice == null) {
      return Optional.of("@" + simpleName + " (" + qualifiedName + ") is not known to Driftless, "
          + "so it cannot tell what it does to the schema; remove it, or report it to have it "
          + "mapped");
    }
    return Optional.of("@" + simpleName + " is not supported by Driftless yet; " + advice);
  }

  /** The qualified names of every annotation listed as {@code kind}, sorted. */
  public static Set<String> all(Kind kind) {
    Set<String> result = new java.util.TreeSet<>();
    switch (kind) {
      case MAPPED -> {
        JPA_MAPPED.forEach(n -> result.add(JPA + n));
        HIBERNATE_MAPPED.forEach(n -> result.add(HIBERNATE + n));
      }
      case NO_SCHEMA_EFFECT -> {
        JPA_NO_SCHEMA_EFFECT.forEach(n -> result.add(JPA + n));
        HIBERNATE_NO_SCHEMA_EFFECT.forEach(n -> result.add(HIBERNATE + n));
      }
      case UNSUPPORTED -> {
        JPA_UNSUPPORTED.keySet().forEach(n -> result.add(JPA + n));
        HIBERNATE_UNSUPPORTED.keySet().forEach(n -> result.add(HIBERNATE + n));
      }
    }
    return result;
  }
}
