package dev.driftless.processor.mapping.naming;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
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
  private final AnnotationValues values;

  public ImplicitNames(NamingStrategy naming, AnnotationValues values) {
    this.naming = naming;
    this.values = values;
  }

  /** The physical name of an explicit (or already logical) name. */
  public String physical(String logical) {
    return naming.physical(logical);
  }

  /** The entity name: {@code @Entity(name)}, or the simple class name. */
  public String entityName(TypeElement entity) {
    String name = AnnotationValues.find(entity, Jpa.ENTITY)
        .map(e -> values.string(e, "name")).orElse("");
    return name.isEmpty() ? entity.getSimpleName().toString() : name;
  }

  /** An entity's table: its entity name. */
  public String table(String entityName) {
    return physical(entityName);
  }

  /** A basic attribute's column: the attribute name. */
  public String column(String attribute) {
    return physical(attribute);
  }

  /**
   * A join column of a reference, of a {@code @MapsId} key or of a unidirectional
   * {@code @OneToMany}: {@code <attribute>_<referenced column>}.
   */
  public String joinColumn(String attribute, String referencedColumn) {
    return physical(attribute + "_" + referencedColumn);
  }

  /** An element collection's table: {@code <entity name>_<attribute>}. */
  public String collectionTable(String ownerEntityName, String attribute) {
    return physical(ownerEntityName + "_" + attribute);
  }

  /** The column of a collection table that refers to its owner: {@code <entity name>_<id>}. */
  public String collectionOwnerColumn(String ownerEntityName, String ownerIdColumn) {
    return physical(ownerEntityName + "_" + ownerIdColumn);
  }

  /** A join table: {@code <owning table>_<target table>}. */
  public String joinTable(String ownerTable, String targetTable) {
    return physical(ownerTable + "_" + targetTable);
  }

  /**
   * The owner's column in a join table: {@code <inverse attribute>_<id>} when the other side maps
   * the association back with {@code mappedBy}, else {@code <entity name>_<id>}.
   */
  public String joinTableOwnerColumn(String inverseAttributeOrEntityName, String ownerIdColumn) {
    return physical(inverseAttributeOrEntityName + "_" + ownerIdColumn);
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

  /** The sequence of a {@code @GeneratedValue} without a generator: {@code <entity name>_SEQ}. */
  public String defaultSequence(String entityName) {
    return physical(entityName + "_SEQ");
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
