package dev.groundwork.pipelines;

import dev.groundwork.core.PlatformContext;
import software.amazon.awscdk.services.codebuild.ComputeType;

/** Resolves every setting of a {@link KubernetesDeployer} from its props and tier, in one place. */
final class KubernetesDeployerDefaults {
  /** CodeBuild's Amazon Linux 2023 x86-64 image, matching the linux/amd64 tools. */
  static final String BUILD_IMAGE = "aws/codebuild/amazonlinux-x86_64-standard:5.0";

  private KubernetesDeployerDefaults() {}

  static KubernetesDeployerSettings resolve(KubernetesDeployerProps props, PlatformContext context) {
    return new KubernetesDeployerSettings(
        BUILD_IMAGE,
        ComputeType.SMALL,
        props.timeoutMinutes(),
        context.defaults().logRetentionDays(),
        KubernetesTools.KUBECTL_VERSION,
        KubernetesTools.HELM_VERSION);
  }
}
