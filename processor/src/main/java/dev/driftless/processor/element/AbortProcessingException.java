package dev.driftless.processor.element;

/**
 * Thrown after an error has been reported through {@link ErrorReporter}, to abandon the current
 * entity cleanly. It carries no message: the diagnostic is already on the element.
 */
public final class AbortProcessingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AbortProcessingException() {
    super(null, null, false, false);
  }
}
