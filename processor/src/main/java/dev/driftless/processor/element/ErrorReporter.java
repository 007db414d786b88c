package dev.driftless.processor.element;

import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place diagnostics are reported. Errors go on the element that caused them, so the IDE
 * underlines the field, and every message names the fix.
 */
public final class ErrorReporter {
  private static final String PREFIX = "[driftless] ";

  private final Messager messager;
  private boolean errors;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on {@code element} and abandons it. */
  public AbortProcessingException abort(Element element, String message) {
    error(element, message);
    return new AbortProcessingException();
  }

  /**
   * Runs {@code work}; a refusal it throws ({@link IllegalArgumentException}, whose message says
   * why) becomes an error on {@code element}, and the element is abandoned.
   */
  public <T> T refusing(Element element, Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw abort(element, e.getMessage() + ".");
    }
  }

  public void error(Element element, String message) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, PREFIX + message, source(element));
  }

  /** The element the compiler knows: a property's getter rather than its attribute view. */
  private static Element source(Element element) {
    return element instanceof PropertyAttribute property ? property.getter() : element;
  }

  /** An error that belongs to no element (an option, the snapshot file). */
  public void error(String message) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, PREFIX + message);
  }

  public void warning(Element element, String message) {
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.WARNING, PREFIX + message);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, PREFIX + message, source(element));
    }
  }

  public void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, PREFIX + message);
  }

  public boolean hasErrors() {
    return errors;
  }
}
