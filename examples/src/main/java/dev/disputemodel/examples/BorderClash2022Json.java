package dev.disputemodel.examples;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The reference story as a JSON file, {@code border-clash-2022.json} on the class path, written
 * by {@link JsonFormat} from {@link BorderClash2022#model()} and checked in. This is how an
 * application keeps a model in a file: it adds jackson-databind to its own dependencies and reads
 * the file with {@code JsonFormat.standard().read(...)}.
 *
 * <p>Regenerate the file after changing the story with
 * {@code mvn -f examples/pom.xml compile exec:java -Dexec.mainClass=dev.disputemodel.examples.BorderClash2022Json
 * -Dexec.args=src/main/resources/border-clash-2022.json}.
 */
public final class BorderClash2022Json {
  /** The class-path resource that holds the story. */
  public static final String RESOURCE = "/border-clash-2022.json";

  private BorderClash2022Json() {}

  /**
   * Returns the reference story read from {@link #RESOURCE}.
   *
   * @throws dev.disputemodel.json.JsonFormatException if the file is not a valid model
   * @throws UncheckedIOException if the resource is missing or cannot be read
   */
  public static DisputeModel load() {
    try (InputStream in = BorderClash2022Json.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("no resource " + RESOURCE));
      }
      return JsonFormat.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@link BorderClash2022#model()} as JSON to the file named by {@code args[0]}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BorderClash2022Json <output file>");
    }
    JsonFormat.standard().write(BorderClash2022.model(), Path.of(args[0]));
  }
}
