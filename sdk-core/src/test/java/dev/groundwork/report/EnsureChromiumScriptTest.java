package dev.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/ensure-chromium.sh, which the build runs before sdk-core's tests: it installs Debian's
 * chromium where the machine allows it and otherwise names the one command to run.
 *
 * <p>The browser's absence is simulated with {@code CHROMIUM} pointing at a path that does not
 * exist, and {@code id}, {@code sudo} and {@code apt-get} are stand-ins on a PATH of their own that
 * record how they were called; the stand-in apt-get "installs" the binary where the package would.
 */
class EnsureChromiumScriptTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "ensure-chromium.sh").toAbsolutePath().normalize();

  @TempDir Path dir;
  Path bin;
  Path chromium;
  Path calls;

  record Run(int status, String stdout, String stderr, List<String> calls) {}

  @BeforeEach
  void standIns() throws IOException {
    bin = Files.createDirectories(dir.resolve("bin"));
    chromium = dir.resolve("usr/bin/chromium");
    calls = dir.resolve("calls");
    Files.createFile(calls);
    // The few real commands the script itself needs.
    for (String tool : List.of("dirname", "basename", "env", "chmod", "mkdir")) {
      Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
    }
    standIn("id", "echo \"$FAKE_UID\"");
    standIn("sudo", """
        if [ "$1 $2" = "-n true" ]; then exit "$FAKE_SUDO_STATUS"; fi
        echo "sudo $*" >> "$CALLS"; shift; exec "$@"
        """);
    standIn("apt-get", """
        echo "apt-get $*" >> "$CALLS"
        case "$*" in
          *install*) [ "$FAKE_APT_STATUS" = 0 ] || exit "$FAKE_APT_STATUS"
                     mkdir -p "${CHROMIUM%/*}"; echo '#!/bin/sh' > "$CHROMIUM"; chmod +x "$CHROMIUM" ;;
        esac
        """);
  }

  private void standIn(String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/bash\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Run run(Map<String, String> env, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(Map.of("PATH", bin.toString(), "CHROMIUM", chromium.toString(),
        "CALLS", calls.toString(), "FAKE_UID", "0", "FAKE_SUDO_STATUS", "1", "FAKE_APT_STATUS", "0"));
    builder.environment().putAll(env);
    builder.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8), Files.readAllLines(calls));
  }

  @Test
  void aChromiumThatIsThereIsUsedAsItIs() throws Exception {
    Files.createDirectories(chromium.getParent());
    Files.writeString(chromium, "#!/bin/sh\n");
    Files.setPosixFilePermissions(chromium, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run run = run(Map.of());
    assertThat(run.status()).isZero();
    assertThat(run.stdout()).isEqualTo(chromium + "\n");
    assertThat(run.calls()).as("nothing installed").isEmpty();
    assertThat(run(Map.of(), "--quiet").stdout()).isEmpty();
  }

  @Test
  void asRootTheMissingPackageIsInstalled() throws Exception {
    Run run = run(Map.of());
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.calls()).containsExactly("apt-get update -qq", "apt-get install -y -qq chromium");
    assertThat(chromium).isExecutable();
    assertThat(run.stdout()).isEqualTo(chromium + "\n");
    assertThat(run.stderr()).startsWith("[ensure-chromium] installing Debian's chromium package");
  }

  @Test
  void withSudoWithoutAPasswordItIsInstalledThroughSudo() throws Exception {
    Run run = run(Map.of("FAKE_UID", "1000", "FAKE_SUDO_STATUS", "0"));
    assertThat(run.status()).as(run.stderr()).isZero();
    assertThat(run.calls()).containsExactly("sudo -n apt-get update -qq", "apt-get update -qq",
        "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", "apt-get install -y -qq chromium");
  }

  @Test
  void aUserWhoCannotInstallIsToldTheOneCommandToRun() throws Exception {
    Run run = run(Map.of("FAKE_UID", "1000", "FAKE_SUDO_STATUS", "1"));
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("[ensure-chromium] Chromium, which the HTML report's browser test runs, is not "
        + "at " + chromium + ", and installing Debian's chromium package needs root. Run once: sudo " + SCRIPT + "\n");
    assertThat(run.calls()).isEmpty();
  }

  @Test
  void aMachineWithoutAptGetIsToldHowToPointTheBuildAtAChromium() throws Exception {
    Files.delete(bin.resolve("apt-get"));
    Run run = run(Map.of());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).contains("this machine has no apt-get")
        .endsWith("Install Chromium, then run: mvn -B verify -Dgroundwork.chromium=/path/to/chromium\n");
  }

  @Test
  void aFailedInstallFailsWithTheCommandToRetry() throws Exception {
    Run run = run(Map.of("FAKE_APT_STATUS", "100"));
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).endsWith("[ensure-chromium] apt-get could not install chromium (its output is above). "
        + "Run once: sudo " + SCRIPT + "\n");
  }

  @Test
  void aChromiumOfTheUsersOwnMustBeThereAndNothingIsInstalledForIt() throws Exception {
    Path elsewhere = dir.resolve("opt/chromium");
    Run run = run(Map.of(), "--binary=" + elsewhere);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("[ensure-chromium] -Dgroundwork.chromium is " + elsewhere + ", which is not an "
        + "executable; point it at a Chromium, or leave it unset for Debian's (installed by this build where it can)\n");
    assertThat(run.calls()).isEmpty();
  }

  @Test
  void anEmptyBinaryArgumentIsTheBuildsPropertyUnset() throws Exception {
    Run run = run(Map.of(), "--binary=");
    assertThat(run.status()).isZero();
    assertThat(run.stdout()).as("Debian's package, installed").isEqualTo(chromium + "\n");
  }
}
