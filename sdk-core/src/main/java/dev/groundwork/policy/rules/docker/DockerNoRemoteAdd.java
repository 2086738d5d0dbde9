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

/** No {@code ADD} fetches a remote URL without a checksum. */
public final class DockerNoRemoteAdd implements Rule {

  private static final Pattern REMOTE = Pattern.compile("(?i)^(https?|ftp)://.*|^git@.*|.*\\.git(#.*)?$");

  private static final RuleInfo INFO = RuleInfo.builder("GW_DOCKER_NO_REMOTE_ADD")
      .title("Dockerfiles do not ADD a remote URL without --checksum")
      .severity(Severity.WARNING)
      .resourceTypes(DockerImages.TASK_DEFINITION)
      .rationale("ADD https://… downloads whatever the server returns at build time, unverified: "
          + "the image changes when the file does, and a compromised server puts its code in the "
          + "image. Nothing in the repository records what was fetched.")
      .remediation("Download in a build stage and verify the checksum (curl … && sha256sum -c), "
          + "or give ADD --checksum=sha256:<hex> for an HTTP source; vendor git sources.")
      .escalates()
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    return DockerImages.each(ctx, DockerNoRemoteAdd::check);
  }

  private static Evaluation check(Dockerfile dockerfile, DockerImageAsset asset, String path, RuleContext ctx) {
    Evaluation.Builder out = Evaluation.builder();
    for (Stage stage : dockerfile.stages()) {
      for (Instruction add : stage.instructions("ADD")) {
        if (add.flag("checksum").isPresent()) {
          continue;
        }
        CopySources.of(add).stream().filter(source -> REMOTE.matcher(source).matches()).forEach(source ->
            out.violation(path, DockerImages.where(asset, add) + ": ADD fetches " + source
                + " without --checksum"));
      }
    }
    return out.build();
  }
}
