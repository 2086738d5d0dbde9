package dev.groundwork.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SynthCommandTest {

  @Test
  void printsTheProblemsAndExits2OnInvalidInput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(() -> new PlatformApp(PlatformAppProps.builder()
            .name("orders").team("payments").costCenter("cc-1")
            .addEnvironments(EnvironmentProps.of("dev", "12", "eu-west-1", Tier.DEV)).build()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("the app description is invalid", "[ACCOUNT_ID_FORMAT]", "'12'")
        .doesNotContain("\tat ");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void saysWhetherCdksOwnValidatorRuns() {
    assertThat(SynthCommand.cdkValidatorStatus("false")).startsWith("off");
    assertThat(SynthCommand.cdkValidatorStatus(null)).startsWith("on").contains("CDK_VALIDATION=false");
  }
}
