package dev.driftless.processor.element;

/** Names of the {@code jakarta.persistence} annotations the processor reads. */
public final class Jpa {
  private Jpa() {}

  private static final String P = "jakarta.persistence.";

  public static final String ENTITY = P + "Entity";
  public static final String TABLE = P + "Table";
  public static final String MAPPED_SUPERCLASS = P + "MappedSuperclass";
  public static final String ID = P + "Id";
  public static final String GENERATED_VALUE = P + "GeneratedValue";
  public static final String SEQUENCE_GENERATOR = P + "SequenceGenerator";
  public static final String SEQUENCE_GENERATORS = P + "SequenceGenerators";
  public static final String TABLE_GENERATOR = P + "TableGenerator";
  public static final String TABLE_GENERATORS = P + "TableGenerators";
  public static final String COLUMN = P + "Column";
  public static final String BASIC = P + "Basic";
  public static final String TRANSIENT = P + "Transient";
  public static final String ENUMERATED = P + "Enumerated";
  public static final String LOB = P + "Lob";
  public static final String MANY_TO_ONE = P + "ManyToOne";
  public static final String ONE_TO_ONE = P + "OneToOne";
  public static final String ONE_TO_MANY = P + "OneToMany";
  public static final String MANY_TO_MANY = P + "ManyToMany";
  public static final String ELEMENT_COLLECTION = P + "ElementCollection";
  public static final String JOIN_COLUMN = P + "JoinColumn";
  public static final String JOIN_COLUMNS = P + "JoinColumns";
  public static final String JOIN_TABLE = P + "JoinTable";
  public static final String ORDER_COLUMN = P + "OrderColumn";
  public static final String EMBEDDED = P + "Embedded";
  public static final String EMBEDDABLE = P + "Embeddable";
  public static final String ATTRIBUTE_OVERRIDE = P + "AttributeOverride";
  public static final String ATTRIBUTE_OVERRIDES = P + "AttributeOverrides";
  public static final String ASSOCIATION_OVERRIDE = P + "AssociationOverride";
  public static final String ASSOCIATION_OVERRIDES = P + "AssociationOverrides";
  public static final String EMBEDDED_ID = P + "EmbeddedId";
  public static final String ID_CLASS = P + "IdClass";
  public static final String INHERITANCE = P + "Inheritance";
  public static final String CONVERT = P + "Convert";
  public static final String CONVERTS = P + "Converts";
  public static final String CONVERTER = P + "Converter";
  public static final String ACCESS = P + "Access";
  public static final String TEMPORAL = P + "Temporal";
  public static final String VERSION = P + "Version";
  public static final String DISCRIMINATOR_COLUMN = P + "DiscriminatorColumn";
  public static final String DISCRIMINATOR_VALUE = P + "DiscriminatorValue";
  public static final String PRIMARY_KEY_JOIN_COLUMN = P + "PrimaryKeyJoinColumn";
  public static final String SECONDARY_TABLE = P + "SecondaryTable";
  public static final String SECONDARY_TABLES = P + "SecondaryTables";
  public static final String COLLECTION_TABLE = P + "CollectionTable";
  public static final String MAP_KEY_COLUMN = P + "MapKeyColumn";
  public static final String MAP_KEY_JOIN_COLUMN = P + "MapKeyJoinColumn";
  public static final String MAP_KEY_CLASS = P + "MapKeyClass";
  public static final String MAP_KEY = P + "MapKey";
  public static final String MAP_KEY_ENUMERATED = P + "MapKeyEnumerated";
  public static final String MAP_KEY_TEMPORAL = P + "MapKeyTemporal";
  public static final String MAPS_ID = P + "MapsId";
}
