package dev.groundwork.policy.rules.docker;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stack as CDK writes it for an image built from a directory: a task definition whose image is
 * the asset's URI, the {@code *.assets.json} naming the staged directory, and that directory with
 * a Dockerfile from {@code src/test/resources/dockerfiles} (and a {@code .dockerignore} unless
 * told otherwise).
 */
final class DockerAssetFixture {
  static final String HASH = "5f3c9a0e7b1d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";
  static final String IMAGE = "{'Fn::Sub': '333333333333.dkr.ecr.eu-west-1.${AWS::URLSuffix}/"
      + "cdk-hnb659fds-container-assets-333333333333-eu-west-1:" + HASH + "'}";

  private DockerAssetFixture() {}

  /** The stack, in {@code tier}, whose one task definition runs the image built from {@code dockerfile}. */
  static StackTemplate stack(String dockerfile, Tier tier, boolean dockerignore, String metadata) {
    try {
      Path assembly = Files.createTempDirectory("docker-asset");
      Path context = Files.createDirectories(assembly.resolve("asset." + HASH));
      Files.copy(Path.of("src/test/resources/dockerfiles", dockerfile), context.resolve("Dockerfile"));
      if (dockerignore) {
        Files.writeString(context.resolve(".dockerignore"), "*\n!target/app.jar\n");
      }
      Files.writeString(assembly.resolve("Stack.assets.json"), ("{'version': '48.0.0', 'files': {},"
          + " 'dockerImages': {'" + HASH + "': {'source': {'directory': 'asset." + HASH + "'},"
          + " 'destinations': {}}}}").replace('\'', '"'));
      Files.writeString(assembly.resolve("Stack.template.json"), ("{'Resources': {'Task': {"
          + "'Type': 'AWS::ECS::TaskDefinition', " + metadata
          + "'Properties': {'ContainerDefinitions': [{'Name': 'web', 'Image': 'nginx:1.27'},"
          + " {'Name': 'app', 'Image': " + IMAGE + "}]}}}}").replace('\'', '"'));
      return StackTemplate.read("Stack", Optional.of(tier.name().toLowerCase(java.util.Locale.ROOT)),
          Optional.of(tier), assembly, Path.of("Stack.template.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StackTemplate stack(String dockerfile, Tier tier) {
    return stack(dockerfile, tier, true, "");
  }
}
