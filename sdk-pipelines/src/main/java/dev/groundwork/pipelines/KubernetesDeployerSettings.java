package dev.groundwork.pipelines;

import software.amazon.awscdk.services.codebuild.ComputeType;

/**
 * Every setting of a {@link KubernetesDeployer}, resolved from its props and tier.
 *
 * @param buildImage the CodeBuild image both builds run on (it brings the AWS CLI, curl and tar)
 * @param computeType the CodeBuild compute type
 * @param timeoutMinutes minutes a build may run before CodeBuild stops it
 * @param logRetentionDays retention of the build logs, in days
 * @param kubectlVersion the kubectl downloaded and checked against its pinned SHA-256
 * @param helmVersion the Helm downloaded and checked against its pinned SHA-256
 */
record KubernetesDeployerSettings(String buildImage, ComputeType computeType, int timeoutMinutes,
    int logRetentionDays, String kubectlVersion, String helmVersion) {}
