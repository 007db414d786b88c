package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/** The {@code @AttributeOverride}s and {@code @AssociationOverride}s of an embedding field. */
final class AttributeOverrides {
  private AttributeOverrides() {}

  /** Override {@code @Column}s on {@code field}, keyed by attribute path prefixed by {@code path}. */
  static Map<String, AnnotationMirror> of(VariableElement field, String path,
      AnnotationValues values) {
    List<AnnotationMirror> all = new ArrayList<>();
    AnnotationValues.find(field, Jpa.ATTRIBUTE_OVERRIDE).ifPresent(all::add);
    AnnotationValues.find(field, Jpa.ATTRIBUTE_OVERRIDES)
        .ifPresent(o -> all.addAll(values.annotations(o, "value")));
    Map<String, AnnotationMirror> found = new HashMap<>();
    for (AnnotationMirror override : all) {
      found.put(path + values.string(override, "name"), values.annotation(override, "column"));
    }
    return found;
  }

  /**
   * The {@code @Convert(attributeName = …)}s on {@code field} (one, or several in their container
   * {@code @Converts}), keyed by attribute path prefixed by {@code path}.
   */
  static Map<String, AnnotationMirror> converts(VariableElement field, String path,
      AnnotationValues values) {
    Map<String, AnnotationMirror> found = new HashMap<>();
    for (AnnotationMirror convert : values.repeated(field, Jpa.CONVERT, Jpa.CONVERTS)) {
      String name = values.string(convert, "attributeName");
      if (!name.isEmpty()) {
        found.put(path + name, convert);
      }
    }
    return found;
  }

  /**
   * Override {@code @JoinColumn}s of associations inside the embeddable, keyed by attribute path
   * prefixed by {@code path}.
   */
  static Map<String, List<AnnotationMirror>> associations(VariableElement field, String path,
      AnnotationValues values) {
    List<AnnotationMirror> all = new ArrayList<>();
    AnnotationValues.find(field, Jpa.ASSOCIATION_OVERRIDE).ifPresent(all::add);
    AnnotationValues.find(field, Jpa.ASSOCIATION_OVERRIDES)
        .ifPresent(o -> all.addAll(values.annotations(o, "value")));
    Map<String, List<AnnotationMirror>> found = new HashMap<>();
    for (AnnotationMirror override : all) {
      found.put(path + values.string(override, "name"),
          values.annotations(override, "joinColumns"));
    }
    return found;
  }
}
