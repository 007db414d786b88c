package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.Hibernate;
import dev.driftless.processor.element.Jpa;
import dev.driftless.schema.ReferentialAction;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @OnDelete(action = ...)}: the {@code ON DELETE} action of the foreign key an
 * association, element collection or joined subclass makes. Hibernate's actions are PostgreSQL's:
 * {@code NO_ACTION} (the default), {@code CASCADE}, {@code RESTRICT}, {@code SET_NULL},
 * {@code SET_DEFAULT}.
 */
final class OnDeleteActions {
  private final AnnotationValues values;
  private final EntityFields fields;

  OnDeleteActions(AnnotationValues values, EntityFields fields) {
    this.values = values;
    this.fields = fields;
  }

  /** The action {@code @OnDelete} on {@code element} asks for; {@code NO_ACTION} without it. */
  ReferentialAction of(Element element) {
    return AnnotationValues.find(element, Hibernate.ON_DELETE)
        .map(a -> ReferentialAction.valueOf(values.enumConstant(a, "action")))
        .orElse(ReferentialAction.NO_ACTION);
  }

  /**
   * The action of the foreign key of {@code field}, a to-one association of {@code owner} to
   * {@code target}: its own {@code @OnDelete}, else {@code CASCADE} when the other side maps it
   * back with {@code @OneToMany(mappedBy)} and {@code @OnDelete(action = CASCADE)}, as Hibernate
   * then creates the collection's key, the same foreign key, with that action (other actions
   * on that side make no foreign key at all).
   */
  ReferentialAction ofReference(VariableElement field, TypeElement owner, TypeElement target) {
    ReferentialAction own = of(field);
    if (own != ReferentialAction.NO_ACTION) {
      return own;
    }
    String name = field.getSimpleName().toString();
    for (VariableElement inverse : fields.persistentFields(target)) {
      boolean mapsThisBack = AnnotationValues.find(inverse, Jpa.ONE_TO_MANY)
          .filter(o -> values.string(o, "mappedBy").equals(name)).isPresent()
          && (holds(inverse.asType(), owner) || (field.getEnclosingElement()
              instanceof TypeElement declaring && holds(inverse.asType(), declaring)));
      if (mapsThisBack && of(inverse) == ReferentialAction.CASCADE) {
        return ReferentialAction.CASCADE;
      }
    }
    return ReferentialAction.NO_ACTION;
  }

  /** Whether {@code collection} holds {@code owner} (or one of its superclasses). */
  private static boolean holds(TypeMirror collection, TypeElement owner) {
    return collection instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1
        && declared.getTypeArguments().get(0) instanceof DeclaredType element
        && JoinTableReader.isOrExtends(owner, (TypeElement) element.asElement());
  }
}
