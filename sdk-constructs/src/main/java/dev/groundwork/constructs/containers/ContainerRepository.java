package dev.groundwork.constructs.containers;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryEncryption;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * A private ECR repository for release images: scanned on push, tags immutable, encrypted with a
 * customer managed key, old images expired by a lifecycle policy, pullable from the environments'
 * accounts, and retained when its stack is deleted.
 *
 * <p>Resources: one {@code AWS::ECR::Repository} (and the stack's shared data key, unless a key
 * is given). Security posture: an image tag, once pushed, always names the same image (what was
 * scanned and tested is what runs, and a rollback to {@code v1.4.1} gets {@code v1.4.1}); the
 * repository policy lets {@link ContainerRepositoryProps#pullAccounts()} pull and nothing else
 * (no push, no delete); the images outlive the stack, so a deleted stack does not take the
 * images running services need. Pair it with one {@link RegistryScanning} per account and
 * region, which scans every repository of the registry (CDK's asset repository included).
 */
public final class ContainerRepository extends Construct {
  /** What a pulling account may do: read images, nothing else. */
  static final List<String> PULL_ACTIONS =
      List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");

  private final Repository repository;
  private final int keepReleaseImages;

  public ContainerRepository(Construct scope, String id, ContainerRepositoryProps props) {
    super(scope, id);
    ContainerRepositorySettings settings = ContainerRepositoryDefaults.resolve(props, PlatformContext.of(this));
    this.keepReleaseImages = settings.keepReleaseImages();
    EncryptionKey key = props.encryptionKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.DATA));
    this.repository = Repository.Builder.create(this, "Repository")
        .repositoryName(settings.repositoryName())
        .imageScanOnPush(settings.scanOnPush())
        .imageTagMutability(TagMutability.IMMUTABLE)
        .encryption(RepositoryEncryption.KMS)
        .encryptionKey(key.key())
        .removalPolicy(RemovalPolicy.RETAIN)
        .lifecycleRules(List.of(
            LifecycleRule.builder()
                .rulePriority(1)
                .description("Untagged images expire after " + settings.untaggedImageExpiryDays() + " days")
                .tagStatus(TagStatus.UNTAGGED)
                .maxImageAge(Duration.days(settings.untaggedImageExpiryDays()))
                .build(),
            LifecycleRule.builder()
                .rulePriority(2)
                .description("Keep the last " + keepReleaseImages + " release images")
                .tagStatus(TagStatus.TAGGED)
                .tagPrefixList(settings.releaseTagPrefixes())
                .maxImageCount(keepReleaseImages)
                .build()))
        .build();
    if (!settings.pullAccounts().isEmpty()) {
      repository.addToResourcePolicy(PolicyStatement.Builder.create()
          .sid("PullFromEnvironmentAccounts")
          .principals(settings.pullAccounts().stream().<IPrincipal>map(AccountPrincipal::new).toList())
          .actions(PULL_ACTIONS)
          .build());
    }
  }

  /** The ECR repository, e.g. for {@code ContainerOptions.ecrRepository} or {@code grantPush}. */
  public IRepository repository() {
    return repository;
  }

  /** How many release images the lifecycle policy keeps, the tier's default resolved. */
  public int keepReleaseImages() {
    return keepReleaseImages;
  }
}
