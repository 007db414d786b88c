package dev.driftless.processor.mapping;


import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The columns of an embedded value (a class or a record marked {@code @Embeddable}), named after
 * its attributes as Hibernate does, unless an {@code @AttributeOverride} or
 * {@code @AssociationOverride} on the embedding attribute renames them.
 */
final class Embeddeds {
  /** Reads an attribute of an embeddable the way it is read on an entity. */
  interface AttributeReader {
    Contribution read(EntityScope scope, VariableElement attribute);
  }

  private final MappingContext context;
  private final BasicColumns basics;
  private final References references;
  private final AttributeReader collections;

  Embeddeds(MappingContext context, BasicColumns basics, References references,
      AttributeReader collections) {
    this.context = context;
    this.basics = basics;
    this.references = references;
    this.collections = collections;
  }

  /** Whether {@code field} holds an embedded value. */
  static boolean isEmbedded(VariableElement field) {
    return AnnotationValues.has(field, Jpa.EMBEDDED)
        || (field.asType().getKind() == TypeKind.DECLARED && AnnotationValues.has(
            ((DeclaredType) field.asType()).asElement(), Jpa.EMBEDDABLE));
  }

  /** The columns of the embedded attribute {@code field} of the scope's entity. */
  Contribution read(EntityScope scope, VariableElement field) {
    return read(scope, field, "", AttributeOverrides.of(field, "", context.values()),
        AttributeOverrides.associations(field, "", context.values()),
        AttributeOverrides.converts(field, "", context.values()));
  }

  /**
   * {@code path} is the dotted path of nested embeddables, the key of the overrides and of the
   * converters ({@code @Convert(attributeName)}); an outer embedding's win, as in Hibernate.
   */
  private Contribution read(EntityScope scope, VariableElement field, String path,
      Map<String, AnnotationMirror> overrides, Map<String, List<AnnotationMirror>> associations,
      Map<String, AnnotationMirror> converts) {
    AnnotationValues values = context.values();
    Element type = ((DeclaredType) field.asType()).asElement();
    if (!AnnotationValues.has(type, Jpa.EMBEDDABLE)) {
      throw context.reporter().abort(field, "'" + field.getSimpleName() + "' is @Embedded, so "
          + "its type " + field.asType() + " must be an @Embeddable class or record.");
    }
    Contribution.Builder result = Contribution.builder();
    for (VariableElement part : context.fields().persistentFields((TypeElement) type)) {
      String partPath = path + part.getSimpleName();
      Optional<AnnotationMirror> toOne = AnnotationValues.find(part, Jpa.MANY_TO_ONE)
          .or(() -> AnnotationValues.find(part, Jpa.ONE_TO_ONE)
              .filter(o -> values.string(o, "mappedBy").isEmpty()));
      if (isEmbedded(part)) {
        Map<String, AnnotationMirror> nested =
            new HashMap<>(AttributeOverrides.of(part, partPath + ".", values));
        nested.putAll(overrides);
        Map<String, List<AnnotationMirror>> nestedAssociations =
            new HashMap<>(AttributeOverrides.associations(part, partPath + ".", values));
        nestedAssociations.putAll(associations);
        Map<String, AnnotationMirror> nestedConverts =
            new HashMap<>(AttributeOverrides.converts(part, partPath + ".", values));
        nestedConverts.putAll(converts);
        result.add(read(scope, part, partPath + ".", nested, nestedAssociations, nestedConverts));
      } else if (toOne.isPresent()) {
        result.add(references.toOne(scope, part, toOne.get(),
            AnnotationValues.has(part, Jpa.ONE_TO_ONE), associations.get(partPath)));
      } else if (Set.of(Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY,
          Jpa.ELEMENT_COLLECTION).stream().anyMatch(a -> AnnotationValues.has(part, a))) {
        // Collections and inverse sides: named as on the entity, as Hibernate does.
        result.add(collections.read(scope, part));
      } else {
        Optional<AnnotationMirror> convert = Optional.ofNullable(converts.get(partPath))
            .or(() -> AnnotationValues.find(part, Jpa.CONVERT));
        result.add(basics.read(scope, part, Optional.ofNullable(overrides.get(partPath)),
            convert, true));
      }
    }
    return result.build();
  }
}
