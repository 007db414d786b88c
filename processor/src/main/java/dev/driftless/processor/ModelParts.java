package dev.driftless.processor;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * What the entities of one build share while their tables are read: the entities themselves,
 * their inheritance, and the sequences and enum types they declare (two declarations of one
 * must agree).
 */
record ModelParts(Set<TypeElement> known, EntityHierarchy hierarchy,
    Map<QualifiedName, Sequence> sequences, Map<QualifiedName, EnumType> enums,
    List<ForeignColumn> foreignColumns, Map<QualifiedName, Table> generatorTables) {

  /**
   * A column one entity puts into another entity's table: the key of a unidirectional
   * {@code @OneToMany} with {@code @JoinColumn}, with its foreign key, or its list index with a
   * check.
   */
  record ForeignColumn(QualifiedName table, Column column, ForeignKey foreignKey,
      CheckConstraint check) {}
}
