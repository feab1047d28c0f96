package dev.disputemodel.testing;

/**
 * Thrown when a generator cannot produce a value, for example when a {@link Gen#filter filter}
 * rejects every candidate it is offered. While shrinking, a candidate that throws this is simply
 * skipped; while generating the first value, it fails the property run with this message.
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be generated and why; not null
   */
  public GenerationException(String message) {
    super(message);
  }
}
