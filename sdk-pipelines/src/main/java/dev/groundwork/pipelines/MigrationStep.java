package dev.groundwork.pipelines;

import software.amazon.awscdk.pipelines.CodePipelineActionFactoryResult;
import software.amazon.awscdk.pipelines.FileSet;
import software.amazon.awscdk.pipelines.ICodePipelineActionFactory;
import software.amazon.awscdk.pipelines.ProduceActionOptions;
import software.amazon.awscdk.pipelines.Step;
import software.amazon.awscdk.services.codebuild.IProject;
import software.amazon.awscdk.services.codebuild.Project;
import software.amazon.awscdk.services.codepipeline.IStage;
import software.amazon.awscdk.services.codepipeline.actions.CodeBuildAction;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * A CDK Pipelines step that starts a {@link MigrationRunner}'s CodeBuild project in the target
 * account: a CodePipeline CodeBuild action against the imported project, run as the runner's
 * action role (in the target account, which CodePipeline assumes), with the repository's source
 * as input.
 *
 * <p>The project and roles are imported by their fixed ARNs, not referenced, because the runner
 * lives in another account's stage. The pipeline's artifact bucket (and through it its key) admit
 * the runner's build role, which downloads the input. It sits beside {@link DeliveryPipeline}
 * rather than in {@code internal} because it reads a {@link MigrationRunner}, and an internal
 * package never reaches back into its public neighbour.
 */
final class MigrationStep extends Step implements ICodePipelineActionFactory {
  private final MigrationRunner runner;
  private final FileSet source;

  /** Runs {@code runner} on {@code source}, the repository's checkout. */
  MigrationStep(String id, MigrationRunner runner, FileSet source) {
    super(id);
    this.runner = runner;
    this.source = source;
    addDependencyFileSet(source);
  }

  @Override
  public CodePipelineActionFactoryResult produceAction(IStage stage, ProduceActionOptions options) {
    Construct scope = new Construct(options.getScope(), runner.projectName());
    IProject project = Project.fromProjectArn(scope, "Project", runner.projectArn());
    FromRoleArnOptions imported = FromRoleArnOptions.builder().mutable(false).build();
    IRole actionRole = Role.fromRoleArn(scope, "ActionRole", runner.actionRoleArn(), imported);
    options.getPipeline().getPipeline().getArtifactBucket()
        .grantRead(Role.fromRoleArn(scope, "BuildRole", runner.buildRoleArn(), imported));
    stage.addAction(CodeBuildAction.Builder.create()
        .actionName(options.getActionName())
        .runOrder(options.getRunOrder())
        .project(project)
        .input(options.getArtifacts().toCodePipeline(source))
        .role(actionRole)
        .build());
    return CodePipelineActionFactoryResult.builder().runOrdersConsumed(1).build();
  }
}
