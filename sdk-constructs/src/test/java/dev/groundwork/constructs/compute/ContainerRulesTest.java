package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problems;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.Repository;

/** The pure rules behind container hardening: image pinning, secret-like names, Fargate sizes. */
class ContainerRulesTest {
  static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @ParameterizedTest
  @ValueSource(strings = {"nginx:1.27.3", "public.ecr.aws/nginx/nginx:1.27.3",
      "localhost:5000/team/app:2024-06-01", "repo@" + DIGEST, "repo:latest@" + DIGEST})
  void acceptsPinnedImages(String image) {
    assertThat(ImageReference.of(image).isPinned()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx", "nginx:latest", "nginx:LATEST", "localhost:5000/team/app",
      "public.ecr.aws/nginx/nginx", "repo@sha256:short"})
  void rejectsUnpinnedImages(String image) {
    assertThat(ImageReference.of(image).isPinned()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "nginx 1.27", " nginx:1.27.3", "nginx:", "repo@", ":1.0", "@" + DIGEST})
  void refusesTextThatIsNoImageReference(String image) {
    assertThatThrownBy(() -> ImageReference.of(image))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("IMAGE_REFERENCE_FORMAT"))
        .hasMessageContaining("image must be written as [registry/]repository[:tag][@sha256:<digest>]")
        .hasMessageContaining("'" + image + "'");
  }

  @Test
  void splitsAReferenceAndKeepsItsText() {
    ImageReference reference = ImageReference.of("localhost:5000/team/app:2024-06-01@" + DIGEST);
    assertThat(reference.repository()).isEqualTo("localhost:5000/team/app");
    assertThat(reference.tag()).contains("2024-06-01");
    assertThat(reference.digest()).contains(DIGEST);
    assertThat(reference).hasToString("localhost:5000/team/app:2024-06-01@" + DIGEST)
        .isEqualTo(ImageReference.of("localhost:5000/team/app:2024-06-01@" + DIGEST));
    assertThat(ImageReference.of("localhost:5000/team/app").tag()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DB_PASSWORD", "password", "API_KEY", "apiKey", "GITHUB_TOKEN", "CLIENT_SECRET",
      "AWS_SECRET_ACCESS_KEY", "SIGNING_KEY", "dbCredentials", "PASSPHRASE"})
  void flagsNamesThatLookSecret(String name) {
    assertThat(SecretLikeNames.looksSecret(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LOG_LEVEL", "MONKEY_COUNT", "DB_SECRET_ARN", "SIGNING_KEY_ID",
      "TOKEN_URL", "KEYBOARD_LAYOUT", "QUEUE_URL"})
  void letsOrdinaryNamesAndReferencesPass(String name) {
    assertThat(SecretLikeNames.looksSecret(name)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"256,512", "256,2048", "512,4096", "1024,2048", "2048,16384", "4096,30720",
      "8192,20480", "16384,122880"})
  void acceptsFargateSizes(int cpu, int memory) {
    assertThat(FargateSizes.isValid(cpu, memory)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"256,1536", "256,4096", "512,512", "1024,9216", "8192,17408", "300,1024", "16384,131072"})
  void rejectsOtherSizes(int cpu, int memory) {
    assertThat(FargateSizes.isValid(cpu, memory)).isFalse();
  }

  @Test
  void describesEveryCpuSize() {
    assertThat(FargateSizes.describe()).contains("cpu 256 with memoryMiB 512, 1024 or 2048")
        .contains("cpu 16384 with memoryMiB 32768 to 122880 in steps of 8192");
  }

  @Test
  void refusesAnImageFromADirectoryTogetherWithARepository() {
    Stack stack = new Stack(new App(), "s");
    Problems problems = Problems.of("QueueWorkerService", stack);
    ContainerRules.check(ContainerOptions.builder()
        .image(ImageReference.fromDirectory(Path.of("src/test/resources/images/worker")))
        .ecrRepository(Repository.fromRepositoryName(stack, "R", "orders/worker"))
        .cpu(256).memoryMiB(512).build(), problems);
    assertThatThrownBy(problems::throwIfAny)
        .hasMessageContaining("[IMAGE_DIRECTORY_WITH_REPOSITORY]")
        .hasMessageContaining("container.ecrRepository must be no ecrRepository for an image built from a directory");
  }
}
