package dev.groundwork.pipelines;

import software.amazon.awscdk.pipelines.CodePipelineActionFactoryResult;
import software.amazon.awscdk.pipelines.FileSet;
import software.amazon.awscdk.pipelines.ICodePipelineActionFactory;
import software.amazon.awscdk.pipelines.ProduceActionOptions;
import software.amazon.awscdk.pipelines.Step;
import software.amazon.awscdk.services.codebuild.Project;
import software.amazon.awscdk.services.codepipeline.IStage;
import software.amazon.awscdk.services.codepipeline.actions.CodeBuildAction;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * A CDK Pipelines step that runs a {@link KubernetesDeployer} in the target account: its platform
 * build (namespaces and network policies), then its deploy build (the workloads), two CodePipeline
 * CodeBuild actions in that order against the imported projects, run as the deployer's action
 * role, with the repository's source as input. As {@link MigrationStep}, the projects and roles are
 * imported by their fixed ARNs, and the artifact bucket (and through it its key) admits the builds'
 * roles.
 */
final class KubernetesDeployStep extends Step implements ICodePipelineActionFactory {
  private final KubernetesDeployer deployer;
  private final FileSet source;

  /** Runs {@code deployer} on {@code source}, the repository's checkout. */
  KubernetesDeployStep(String id, KubernetesDeployer deployer, FileSet source) {
    super(id);
    this.deployer = deployer;
    this.source = source;
    addDependencyFileSet(source);
  }

  @Override
  public CodePipelineActionFactoryResult produceAction(IStage stage, ProduceActionOptions options) {
    Construct scope = new Construct(options.getScope(), deployer.projectName());
    FromRoleArnOptions imported = FromRoleArnOptions.builder().mutable(false).build();
    IRole actionRole = Role.fromRoleArn(scope, "ActionRole", deployer.actionRoleArn(), imported);
    for (int i = 0; i < deployer.buildRoleArns().size(); i++) {
      options.getPipeline().getPipeline().getArtifactBucket()
          .grantRead(Role.fromRoleArn(scope, "BuildRole" + i, deployer.buildRoleArns().get(i), imported));
    }
    stage.addAction(CodeBuildAction.Builder.create()
        .actionName(options.getActionName() + "-Namespaces")
        .runOrder(options.getRunOrder())
        .project(Project.fromProjectArn(scope, "PlatformProject", deployer.platformProjectArn()))
        .input(options.getArtifacts().toCodePipeline(source))
        .role(actionRole)
        .build());
    stage.addAction(CodeBuildAction.Builder.create()
        .actionName(options.getActionName() + "-Workloads")
        .runOrder(options.getRunOrder().intValue() + 1)
        .project(Project.fromProjectArn(scope, "DeployProject", deployer.deployProjectArn()))
        .input(options.getArtifacts().toCodePipeline(source))
        .role(actionRole)
        .build());
    return CodePipelineActionFactoryResult.builder().runOrdersConsumed(2).build();
  }
}
