package dev.disputemodel.cow;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Fuzzes the Correlates of War importer with any bytes as the state list and, after lines
 * {@code #ENTITIES#} and {@code #CHANGES#}, the entity names and territorial changes: every
 * input gives a model with its reports or a {@link CowImportException} (a header that cannot be
 * read), never another exception. Under {@code mvn verify} it replays its corpus ({@code
 * src/test/resources/dev/disputemodel/cow/CowImportFuzzTestInputs}); docs/testing.md says how to
 * fuzz.
 */
class CowImportFuzzTest {
  private static final byte[] ENTITIES = "\n#ENTITIES#\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CHANGES = "\n#CHANGES#\n".getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "10s")
  void importGivesAModelOrTheLibrarysException(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("cow-fuzz");
    try {
      int e = indexOf(input, ENTITIES, 0);
      int c = e < 0 ? -1 : indexOf(input, CHANGES, e + ENTITIES.length);
      try {
        if (c < 0) {
          CowImporter.importStates(write(dir, "states.csv", input, 0, input.length));
        } else {
          CowImporter.importAll(write(dir, "states.csv", input, 0, e),
              write(dir, "entities.csv", input, e + ENTITIES.length, c),
              write(dir, "changes.csv", input, c + CHANGES.length, input.length));
        }
      } catch (CowImportException expected) {
        // a header that cannot be read: the library's refusal of the whole file
      }
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.delete(dir);
    }
  }

  private static Path write(Path dir, String name, byte[] input, int from, int to) {
    try {
      return Files.write(dir.resolve(name), Arrays.copyOfRange(input, from, to));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static int indexOf(byte[] input, byte[] part, int from) {
    outer:
    for (int i = from; i + part.length <= input.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (input[i + k] != part[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
