package dev.disputemodel.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The data files the import benchmarks read: one place that fails clearly when one is missing. */
final class DataFiles {
  private DataFiles() {}

  /**
   * Returns {@code file} if it is a regular file.
   *
   * @param property the system property that names the data directory, for the message
   * @throws IllegalStateException naming the file and how to point the benchmark at it
   */
  static Path existing(Path file, String property) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("data file not found: " + file.toAbsolutePath().normalize()
          + " (run from the project directory, or set -D" + property + "=DIR via -jvmArgsAppend)");
    }
    return file;
  }
}
