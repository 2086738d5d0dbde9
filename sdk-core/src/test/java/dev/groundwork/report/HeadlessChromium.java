package dev.groundwork.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, offline: loads a page and returns its DOM after the page's scripts
 * ran, or takes a screenshot; and the console lines Chromium logged meanwhile.
 *
 * <p>The binary is {@code -Dgroundwork.chromium}, else {@code $CHROMIUM}, else {@value #DEBIAN}.
 * The Maven build installs Debian's before the tests where it can ({@code
 * scripts/ensure-chromium.sh}, sdk-core's {@code generate-test-resources}); when it is missing all
 * the same (a run outside Maven) the test fails, never skips, and says how to install it.
 */
public final class HeadlessChromium {
  static final String DEBIAN = "/usr/bin/chromium";

  /** What one run printed: standard output (the DOM) and the {@code CONSOLE} lines of standard error. */
  public record Run(String stdout, List<String> console) {}

  private final Path binary;
  private final Path workDir;

  private HeadlessChromium(Path binary, Path workDir) {
    this.binary = binary;
    this.workDir = workDir;
  }

  /** The browser, or a failed test naming the install command. */
  public static HeadlessChromium locate(Path workDir) {
    String configured = System.getProperty("groundwork.chromium", System.getenv().getOrDefault("CHROMIUM", DEBIAN));
    Path binary = Path.of(configured);
    if (!Files.isExecutable(binary)) {
      fail("Chromium is needed for the HTML report's browser test and was not found at " + binary
          + ". Install it with scripts/ensure-chromium.sh (apt-get update && apt-get install -y chromium, as root or"
          + " with sudo), which the Maven build runs before these tests, or point -Dgroundwork.chromium=/path/to/chromium"
          + " at one.");
    }
    return new HeadlessChromium(binary, workDir);
  }

  /** The DOM of {@code url} (a {@code file:} address, fragment allowed) after its scripts ran. */
  public Run dumpDom(String url) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", url));
  }

  /** Writes a PNG screenshot of {@code url} at {@code width} × {@code height}. */
  public Run screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
    return run(List.of("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars", url));
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    Path out = workDir.resolve("chromium.out");
    Path err = workDir.resolve("chromium.err");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish within 120 s: " + String.join(" ", command));
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      fail("Chromium exited with " + process.exitValue() + ": " + String.join(" ", command) + "\n" + stderr);
    }
    List<String> console = stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), console);
  }
}
