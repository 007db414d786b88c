package dev.driftless.processor.mapping;

import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;

import dev.driftless.schema.Column;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The join columns a reference declares: which explicit name goes with which id column of the
 * target, by {@code referencedColumnName} or, without it, by position.
 */
final class JoinColumns {
  private final AnnotationValues values;
  private final ImplicitNames naming;
  private final ErrorReporter reporter;

  JoinColumns(AnnotationValues values, ImplicitNames naming, ErrorReporter reporter) {
    this.values = values;
    this.naming = naming;
    this.reporter = reporter;
  }

  /** The {@code @JoinColumn}s of {@code field}, from {@code @JoinColumns} or the single one. */
  static List<AnnotationMirror> of(VariableElement field, AnnotationValues values) {
    Optional<AnnotationMirror> several = AnnotationValues.find(field, Jpa.JOIN_COLUMNS);
    if (several.isPresent()) {
      return values.annotations(several.get(), "value");
    }
    return AnnotationValues.find(field, Jpa.JOIN_COLUMN).map(List::of).orElse(List.of());
  }

  /** The explicit name of the join column for {@code targetId}, or "". */
  String nameFor(VariableElement field, List<AnnotationMirror> joins,
      Column targetId, int position) {
    for (AnnotationMirror join : joins) {
      String referenced = values.string(join, "referencedColumnName");
      if (!referenced.isEmpty() && naming.physical(referenced).equals(targetId.name())) {
        return values.string(join, "name");
      }
    }
    if (joins.size() > 1 && joins.stream()
        .anyMatch(j -> !values.string(j, "referencedColumnName").isEmpty())) {
      throw reporter.abort(field, "@JoinColumns of '" + field.getSimpleName() + "' name no "
          + "column for " + targetId.name() + "; give each @JoinColumn the referencedColumnName "
          + "of one id column of the target.");
    }
    return position < joins.size() ? values.string(joins.get(position), "name") : "";
  }
}
