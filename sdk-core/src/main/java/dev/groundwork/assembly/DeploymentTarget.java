package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The account and region a stack deploys to, as the cloud assembly's {@code manifest.json} beside
 * its template records them ({@code aws://<account>/<region>}); CDK writes {@code unknown-account}
 * and {@code unknown-region} for an environment-agnostic stack, read here as empty.
 *
 * @param account the 12-digit account, when the stack names one
 * @param region the region, e.g. {@code eu-west-1}, when the stack names one
 */
public record DeploymentTarget(Optional<String> account, Optional<String> region) {

  /** How diagrams and reports name it: {@code account 333333333333 · eu-west-1}. */
  public String describe() {
    return "account " + account.orElse("(any)") + " · " + region.orElse("(any region)");
  }

  /** The target of the stack whose template is {@code templateFile}, if a manifest beside it lists that file. */
  static Optional<DeploymentTarget> read(Path templateFile) {
    Path manifest = templateFile.resolveSibling("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    JsonNode artifacts;
    try {
      artifacts = StackTemplate.parse(Files.readString(manifest)).path("artifacts");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
    String file = templateFile.getFileName().toString();
    for (JsonNode artifact : artifacts) {
      if (artifact.path("type").asText().equals("aws:cloudformation:stack")
          && artifact.path("properties").path("templateFile").asText().equals(file)) {
        return parse(artifact.path("environment").asText(""));
      }
    }
    return Optional.empty();
  }

  /** {@code aws://<account>/<region>}, or empty when it is not of that shape. */
  static Optional<DeploymentTarget> parse(String environment) {
    if (!environment.startsWith("aws://")) {
      return Optional.empty();
    }
    String[] parts = environment.substring("aws://".length()).split("/", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    return Optional.of(new DeploymentTarget(known(parts[0], "unknown-account"), known(parts[1], "unknown-region")));
  }

  private static Optional<String> known(String value, String unknown) {
    return value.isEmpty() || value.equals(unknown) ? Optional.empty() : Optional.of(value);
  }
}
