package dev.disputemodel.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs; another binary with
 * the system property {@code dispute-model.chromium}), run once per call with a fresh profile, no
 * network services and no sandbox (so it also runs as root in a container). Never skipped: if the
 * browser is missing the test fails and says what to install.
 */
final class Chromium {
  private Chromium() {}

  private static final List<String> FLAGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--hide-scrollbars");

  /**
   * Renders {@code page} in a window {@code width} by {@code height} pixels and saves it as the
   * PNG {@code png}. The window's visible page is about 150 pixels shorter than the window.
   */
  static void screenshot(Path page, Path png, int width, int height) throws Exception {
    run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        page.toUri().toString());
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new AssertionError("Chromium wrote no screenshot of " + page);
    }
  }

  /** Loads {@code page}, runs its scripts, and returns the resulting DOM as HTML. */
  static String dumpDom(Path page) throws Exception {
    return run("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
  }

  private static String run(String... arguments) throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("dispute-model.chromium", "chromium"));
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.addAll(List.of(arguments));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new AssertionError("headless Chromium is needed to check the pictures in a browser:"
          + " apt-get install chromium (.ci/run installs it)", e);
    }
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("Chromium failed with exit code " + process.exitValue() + ": " + command);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
