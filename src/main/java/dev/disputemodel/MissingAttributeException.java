package dev.disputemodel;

import java.util.List;

/**
 * Thrown by a builder's {@code build()} when required attributes were never set. The message
 * and {@link #missing()} name every missing attribute; nothing is built.
 */
public final class MissingAttributeException extends DisputeModelException {
  private static final long serialVersionUID = 1L;

  /** The names of the required attributes not set. */
  private final List<String> missing;

  /**
   * Creates the exception for the named missing attributes (called by generated builders). The
   * message names the type being built, found from the calling builder.
   *
   * @param missing names of the required attributes not set, not null
   */
  public MissingAttributeException(String... missing) {
    super(builtType() + ": required attributes not set: " + String.join(", ", missing));
    this.missing = List.of(missing);
  }

  private static String builtType() {
    return StackWalker.getInstance()
        .walk(frames -> frames
            .map(StackWalker.StackFrame::getClassName)
            .filter(name -> name.startsWith("dev.disputemodel.") && name.contains(".Immutable"))
            .findFirst())
        .map(name -> name.substring(name.lastIndexOf(".Immutable") + ".Immutable".length()))
        .map(name -> name.replace("$Builder", ""))
        .orElse("value");
  }

  /** Returns the names of the required attributes that were not set, in declaration order. */
  public List<String> missing() {
    return missing;
  }
}
