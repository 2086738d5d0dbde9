package dev.groundwork.samples.noncompliant;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.suppress.Suppressions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SecurityGroupProps;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcProps;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.RoleProps;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogGroupProps;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.BlockPublicAccessOptions;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.sqs.QueueProps;

/**
 * Plain CDK resources written the way the policy engine exists to catch: a public bucket
 * without encryption, SSH open to the internet, an unencrypted queue, a literal password, an
 * administrator role, logs kept forever. Synthesis prints the report and exits 1.
 *
 * <p>Run it: {@code mvn -q -Psynth -pl samples -am package -Dmaven.test.skip=true
 * -Dsample.mainClass=dev.groundwork.samples.noncompliant.NonCompliantApp}.
 */
public final class NonCompliantApp {
  private NonCompliantApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given. */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop")
        .team("web")
        .costCenter("cc-0001")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .outdir(outdir)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("web");
      new Bucket(stack, "PublicAssets", BucketProps.builder()
          .publicReadAccess(true)
          .blockPublicAccess(new BlockPublicAccess(BlockPublicAccessOptions.builder()
              .blockPublicAcls(false).blockPublicPolicy(false)
              .ignorePublicAcls(false).restrictPublicBuckets(false).build()))
          .build());
      Vpc vpc = new Vpc(stack, "Network", VpcProps.builder().maxAzs(1).natGateways(0)
          .subnetConfiguration(List.of(SubnetConfiguration.builder()
              .name("public").subnetType(SubnetType.PUBLIC).build()))
          .build());
      SecurityGroup bastion = new SecurityGroup(stack, "Bastion",
          SecurityGroupProps.builder().vpc(vpc).build());
      bastion.addIngressRule(Peer.anyIpv4(), Port.tcp(22), "SSH from anywhere");
      new Queue(stack, "Orders", QueueProps.builder().encryption(QueueEncryption.UNENCRYPTED).build());
      new Function(stack, "Checkout", FunctionProps.builder()
          .runtime(Runtime.NODEJS_20_X).handler("index.handler")
          .code(Code.fromInline("exports.handler = async () => 'ok';"))
          .environment(ImmutableMap.of("DB_PASSWORD", "hunter2", "PAYMENTS_URL", "http://10.0.0.12:8080"))
          .build());
      new Role(stack, "Deployer", RoleProps.builder()
          .assumedBy(new ServicePrincipal("codebuild.amazonaws.com"))
          .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AdministratorAccess")))
          .build());
      LogGroup audit = new LogGroup(stack, "Audit",
          LogGroupProps.builder().retention(RetentionDays.INFINITE).build());
      Suppressions.of(audit).add("GW_LOGS_KMS_ENCRYPTED", "audit logs hold no personal data (DPO-7)");
    }
    return app;
  }
}
