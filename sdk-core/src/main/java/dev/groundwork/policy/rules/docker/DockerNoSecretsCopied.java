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
import java.util.regex.Pattern;

/** No {@code COPY} or {@code ADD} copies a file that holds secrets into an image. */
public final class DockerNoSecretsCopied implements Rule {

  /**
   * File names that hold credentials: dotenv files, private keys and key stores, package
   * registry and netrc credentials, SSH and AWS credential directories. Templates such as
   * {@code .env.example} are not secrets.
   */
  private static final Pattern SECRET_FILE = Pattern.compile("(?i)^(\\.env(\\..+)?|id_(rsa|dsa|ecdsa|ed25519)"
      + "|\\.npmrc|\\.pypirc|\\.netrc|\\.ssh|\\.aws|credentials|.*\\.(pem|key|p12|pfx|jks|keystore))$");
  private static final Pattern TEMPLATE = Pattern.compile("(?i).*\\.(example|sample|template|dist)$");

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_NO_SECRETS_COPIED")
      .title("Dockerfiles do not copy secrets (.env, *.pem, *.key, id_rsa, …) into images")
      .severity(Severity.ERROR)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("Everything copied into a layer stays in the image, even if a later layer "
          + "deletes it, and anyone who can pull the image can read it: a key copied in is a key "
          + "published to every account that pulls the repository.")
      .remediation("Give secrets at run time (ContainerOptions.secrets with Secrets Manager or "
          + "SSM), or to one RUN with RUN --mount=type=secret; list the files in .dockerignore.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.each(ctx, DockerNoSecretsCopied::check);
  }

  private static Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx) {
    Evaluation.Builder out = Evaluation.builder();
    for (Stage stage : dockerfile.stages()) {
      for (Instruction copy : stage.instructions()) {
        if (!copy.is("COPY") && !copy.is("ADD")) {
          continue;
        }
        CopySources.of(copy).stream().filter(DockerNoSecretsCopied::isSecret).forEach(source ->
            out.violation(path, DockerImages.where(asset, copy) + ": copies " + source
                + ", which holds secrets, into the image"));
      }
    }
    return out.build();
  }

  private static boolean isSecret(String source) {
    String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
    String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return SECRET_FILE.matcher(name).matches() && !TEMPLATE.matcher(name).matches();
  }
}
