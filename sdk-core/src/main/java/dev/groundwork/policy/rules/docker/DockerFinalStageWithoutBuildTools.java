package dev.groundwork.policy.rules.docker;

import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.dockerfile.Instruction;
import dev.groundwork.dockerfile.Stage;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compilers and build tools stay out of the final image: builds run in an earlier stage of a
 * multi-stage Dockerfile and the final stage copies only the result.
 */
public final class DockerFinalStageWithoutBuildTools implements Rule {

  /** Commands that compile, build or resolve build dependencies. */
  static final Pattern BUILD_COMMAND = Pattern.compile("(?:^|[\\s;&|(/])("
      + "mvnw?|gradlew?|javac|gcc|g\\+\\+|clang|make|cmake|rustc"
      + "|go\\s+(?:build|install)|cargo\\s+(?:build|install)|dotnet\\s+(?:build|publish)"
      + "|(?:npm|pnpm)\\s+(?:ci|install|i)|yarn(?:\\s+install)?"
      + ")(?=$|[\\s;&|)])");
  /** Package installs (apt-get, apt, apk, yum, dnf, microdnf) and the build packages they may name. */
  private static final Pattern PACKAGE_INSTALL =
      Pattern.compile("(?:apt-get|apt|yum|dnf|microdnf)\\s+(?:-\\S+\\s+)*install|apk\\s+(?:-\\S+\\s+)*add");
  static final Pattern BUILD_PACKAGE = Pattern.compile("(?:^|\\s)(build-essential|build-base|gcc|g\\+\\+|make"
      + "|cmake|maven|gradle|golang|cargo|rustc|default-jdk|openjdk-\\d+-jdk(?:-headless)?|python3?-dev"
      + "|musl-dev|libc6?-dev|linux-headers)(?=$|\\s)");
  /** Base images that are build tool chains rather than runtimes. */
  private static final Pattern BUILD_IMAGE = Pattern.compile("(?:.*/)?(maven|gradle|golang|rust|gcc|buildpack-deps)");

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_FINAL_STAGE_WITHOUT_BUILD_TOOLS")
      .title("Compilers and build tools run in an earlier stage, not in the final image")
      .severity(Severity.WARNING)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("A compiler, a build tool or a package manager's build dependencies in the "
          + "running image are attack surface (an intruder can build tools on the spot), "
          + "hundreds of megabytes to pull on every scale-out, and more packages for the "
          + "vulnerability scan to flag. A multi-stage build keeps them in a stage that is thrown "
          + "away.")
      .remediation("Build in a first stage (FROM maven:… AS build, RUN mvn package) and copy only "
          + "the artifact into a runtime image (FROM eclipse-temurin:21-jre, COPY --from=build …).")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.each(ctx, DockerFinalStageWithoutBuildTools::check);
  }

  private static Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx) {
    Evaluation.Builder out = Evaluation.builder();
    for (Stage stage : dockerfile.lineage(dockerfile.finalStage())) {
      String image = BaseImage.of(stage.baseImage()).text().toLowerCase(Locale.ROOT).replaceAll("[:@].*", "");
      if (dockerfile.parentStage(stage).isEmpty() && BUILD_IMAGE.matcher(image).matches()) {
        out.violation(path, DockerImages.where(asset, stage.from()) + ": the final image is built on "
            + "the build image \"" + stage.baseImage() + "\"");
      }
      for (Instruction run : stage.instructions("RUN")) {
        buildTool(run.commandText()).ifPresent(tool -> out.violation(path, DockerImages.where(asset, run)
            + ": the final image " + tool));
      }
    }
    return out.build();
  }

  /** What {@code command} does that belongs in a build stage, if anything. */
  static Optional<String> buildTool(String command) {
    Matcher install = PACKAGE_INSTALL.matcher(command);
    while (install.find()) {
      String packages = command.substring(install.end()).split("&&|;|\\|")[0];
      Matcher pkg = BUILD_PACKAGE.matcher(packages);
      if (pkg.find()) {
        return Optional.of("installs the build package '" + pkg.group(1) + "'");
      }
    }
    Matcher build = BUILD_COMMAND.matcher(command);
    if (build.find()) {
      return Optional.of("runs the build tool '" + build.group(1).replaceAll("\\s+", " ") + "'");
    }
    return Optional.empty();
  }
}
