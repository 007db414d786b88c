package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.Jpa;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What kind of attribute a field is, which decides the reader that maps it. */
enum AttributeKind {
  /** {@code @ElementCollection}: a collection table. */
  ELEMENT_COLLECTION,
  /** {@code @EmbeddedId}: the embeddable's columns are the key. */
  EMBEDDED_ID,
  /** An {@code @Id} of an entity whose {@code @MapsId} association provides the key columns. */
  MAPS_ID_KEY,
  /** The {@code mappedBy} side of an association: no column here (an ordered list's index). */
  INVERSE_SIDE,
  /** A unidirectional {@code @OneToMany} with {@code @JoinColumn}: a column in the target. */
  ONE_TO_MANY_JOIN_COLUMN,
  /** An owning {@code @ManyToMany} or a unidirectional {@code @OneToMany}: a join table. */
  JOIN_TABLE,
  /** A {@code @ManyToOne} or owning {@code @OneToOne}: join columns here. */
  TO_ONE,
  /** An {@code @Embedded} value: the embeddable's columns here. */
  EMBEDDED,
  /** Anything else: one column. */
  BASIC;

  /** The kind of {@code field} of {@code entity}. */
  static AttributeKind of(VariableElement field, TypeElement entity, EntityFields fields,
      AnnotationValues values) {
    if (AnnotationValues.has(field, Jpa.ELEMENT_COLLECTION)) {
      return ELEMENT_COLLECTION;
    }
    if (AnnotationValues.has(field, Jpa.EMBEDDED_ID)) {
      return EMBEDDED_ID;
    }
    if (AnnotationValues.has(field, Jpa.ID) && fields.allFields(entity).stream()
        .anyMatch(f -> AnnotationValues.has(f, Jpa.MAPS_ID))) {
      return MAPS_ID_KEY;
    }
    Optional<AnnotationMirror> oneToMany = AnnotationValues.find(field, Jpa.ONE_TO_MANY);
    Optional<AnnotationMirror> toMany =
        oneToMany.or(() -> AnnotationValues.find(field, Jpa.MANY_TO_MANY));
    if (toMany.isPresent()) {
      if (!values.string(toMany.get(), "mappedBy").isEmpty()) {
        return INVERSE_SIDE;
      }
      return oneToMany.isPresent() && AnnotationValues.has(field, Jpa.JOIN_COLUMN)
          ? ONE_TO_MANY_JOIN_COLUMN : JOIN_TABLE;
    }
    Optional<AnnotationMirror> oneToOne = AnnotationValues.find(field, Jpa.ONE_TO_ONE);
    if (oneToOne.isPresent() && !values.string(oneToOne.get(), "mappedBy").isEmpty()) {
      return INVERSE_SIDE;
    }
    if (toOne(field).isPresent()) {
      return TO_ONE;
    }
    return Embeddeds.isEmbedded(field) ? EMBEDDED : BASIC;
  }

  /** The {@code @ManyToOne} or {@code @OneToOne} of {@code field}, if it has one. */
  static Optional<AnnotationMirror> toOne(VariableElement field) {
    return AnnotationValues.find(field, Jpa.MANY_TO_ONE)
        .or(() -> AnnotationValues.find(field, Jpa.ONE_TO_ONE));
  }
}
