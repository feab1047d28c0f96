package dev.disputemodel;

import java.util.Objects;

/**
 * Thrown when a part of the library that needs an optional dependency is used without it, for
 * example {@link dev.disputemodel.json.JsonFormat} without Jackson. The message names the part,
 * the dependency's Maven coordinates and, for the module path, its module name.
 *
 * <p>This is a problem of the application's set-up, not of its input, so it is an
 * {@link IllegalStateException} and not a {@link DisputeModelException}.
 */
public final class MissingDependencyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The Maven coordinates of the missing dependency, {@code groupId:artifactId}. */
  private final String coordinates;
  /** The name of the missing dependency's module. */
  private final String moduleName;

  /**
   * Creates the exception.
   *
   * @param feature what cannot be used, as a phrase ("dev.disputemodel.json"), not null
   * @param coordinates the Maven {@code groupId:artifactId} to add, not null
   * @param moduleName the dependency's module name, for {@code requires} on the module path, not
   *     null
   * @param detail what was not found or not readable, not null
   */
  public MissingDependencyException(
      String feature, String coordinates, String moduleName, String detail) {
    super(feature + " needs " + coordinates + ", which is not available: " + detail
        + ". Add the dependency " + coordinates + " to the build (class path), or on the module"
        + " path add its module and 'requires " + moduleName + ";' to module-info.java");
    this.coordinates = Objects.requireNonNull(coordinates, "coordinates");
    this.moduleName = Objects.requireNonNull(moduleName, "moduleName");
  }

  /** Returns the Maven coordinates of the missing dependency ({@code groupId:artifactId}). */
  public String coordinates() {
    return coordinates;
  }

  /** Returns the module name of the missing dependency. */
  public String moduleName() {
    return moduleName;
  }
}
