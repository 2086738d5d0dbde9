package dev.groundwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.SynthCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void withoutACommandPrintsTheUsageAndFails() {
    assertThat(run()).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.USAGE);
  }

  @Test
  void anUnknownCommandIsNamed() {
    assertThat(run("lint", "x")).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("[groundwork] unknown command 'lint'")
        .endsWith(SynthCommand.RESULT_PREFIX + "unknown command lint" + System.lineSeparator());
  }

  @Test
  void checkHelpIsTheChecksUsage() {
    assertThat(run("check", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: groundwork check [options] <path>...");
  }
}
