package dev.disputemodel;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real data sets the tests read, from the repository's own copies in
 * {@code src/test/resources/data/} (on the test class path as {@code data/...}), so a plain clone
 * runs every test. Licences and citations: {@code NOTICE} and {@code docs/data.md}.
 */
public final class TestData {
  private TestData() {}

  /**
   * Returns the path of a UCDP file ({@code ucdp-prio-acd-231.csv}, {@code
   * ucdp-peace-agreements-221.csv}).
   */
  public static Path ucdp(String file) {
    return resource("data/ucdp/" + file);
  }

  /**
   * Returns the path of a Correlates of War file ({@code states2016.csv}, {@code tc2018.csv},
   * {@code tc-entities.csv}).
   */
  public static Path cow(String file) {
    return resource("data/cow/" + file);
  }

  private static Path resource(String name) {
    URL url = TestData.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test class path"
          + " (expected in src/test/resources/" + name + ")");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
