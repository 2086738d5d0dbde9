package dev.groundwork.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.constructs.recipe.ConstructRecipe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Every public construct of this module follows the recipe {@code SecureVpc} shows (see
 * {@link ConstructRecipe}): constructor {@code (scope, id, XProps)}, an {@code XDefaults} resolving
 * a documented record {@code XSettings} in pure Java, tier literals only in resolvers and only as
 * {@code ByTier} tables, {@code @Value.Check}s that report every problem at once, an escape hatch.
 * The second half shows each check catching what it is meant to catch.
 */
class RecipeTest {
  private static final ConstructRecipe RECIPE = ConstructRecipe.ofThisModule();

  @Test
  void everyPublicConstructFollowsTheRecipe() {
    List<String> violations = RECIPE.violations();
    assertThat(violations).as("recipe violations in sdk-constructs:%n%s", String.join("\n", violations)).isEmpty();
  }

  @Test
  void coversEveryPublicConstructOfTheModule() {
    assertThat(RECIPE.publicConstructs()).extracting(Class::getSimpleName).contains(
        "SecureVpc", "EncryptionKey", "EncryptedLogGroup", "CustomResourceProviderLogs", "SecureBucket",
        "BackupPlan", "DatabaseCluster", "ManagedSecret", "ServiceCluster", "WebService", "QueueWorkerService",
        "TracingSidecar", "HardenedTaskDefinition", "ContainerRepository", "RegistryScanning", "KubernetesCluster",
        "AlertTopic", "Monitoring", "UptimeCanary", "EnvironmentBudget", "WebServiceWatcher", "AccountBaseline",
        "OrganizationBaseline");
  }

  /** A construct taking something other than its props. */
  public static final class LooseConstruct extends Construct {
    public LooseConstruct(Construct scope, String id, int size) {
      super(scope, id);
    }

    public IBucket bucket() {
      return null;
    }
  }

  /** A construct with nothing of CDK to reach into. */
  public static final class SealedConstruct extends Construct {
    public SealedConstruct(Construct scope, String id) {
      super(scope, id);
    }

    public String name() {
      return "sealed";
    }
  }

  @Test
  void findsAConstructorThatDoesNotTakeItsProps() {
    assertThat(RECIPE.constructorProblems(LooseConstruct.class)).singleElement().asString()
        .startsWith("LooseConstruct: public constructor is (Construct, String, int), not "
            + "(Construct scope, String id, LooseConstructProps props)")
        .contains("Fix: take every input in LooseConstructProps");
  }

  @Test
  void findsAConstructWithoutDefaults() {
    assertThat(RECIPE.defaultsProblems(LooseConstruct.class)).singleElement().asString()
        .startsWith("LooseConstruct: no LooseConstructDefaults").contains("Fix: add LooseConstructDefaults");
  }

  @Test
  void findsAConstructWithoutAnEscapeHatch() {
    assertThat(RECIPE.escapeHatchProblems(SealedConstruct.class)).singleElement().asString()
        .startsWith("SealedConstruct: exposes no CDK object");
    assertThat(RECIPE.escapeHatchProblems(LooseConstruct.class)).isEmpty();
  }

  @Test
  void findsTierLiteralsOutsideResolversButNotInTextOrComments() {
    String source = """
        class Bucket {
          // Tier.PROD is mentioned here only
          boolean prod = context.tier() == Tier.PROD;
          String message = "false in a PROD environment";
          int days = switch (tier) { case DEV -> 1; default -> 2; };
          ByTier<Integer> table = ByTier.of(1, 2, 3);
        }
        """;
    assertThat(ConstructRecipe.tierLiteralProblems("Bucket", source))
        .extracting(problem -> problem.substring(0, problem.indexOf(" (line")))
        .containsExactly("Bucket: tier literal 'Tier.PROD'", "Bucket: tier literal 'case DEV'",
            "Bucket: tier literal 'ByTier.of'");
    assertThat(ConstructRecipe.tierLiteralProblems("Bucket", source).get(0))
        .contains("line 3").contains("Fix: resolve the value in the construct's XDefaults");
  }

  @Test
  void findsABranchOnTheTierInAResolver() {
    assertThat(ConstructRecipe.tierLiteralProblems("BucketDefaults", "int days = tier == Tier.PROD ? 7 : 1;"))
        .singleElement().asString().startsWith("BucketDefaults: branches on the tier ('== Tier.PROD'")
        .contains("ByTier.of(dev, staging, prod)");
    assertThat(ConstructRecipe.tierLiteralProblems("BucketDefaults",
        "static final ByTier<Integer> DAYS = ByTier.of(1, 7, 35); Tier tier = props.tier().orElse(Tier.PROD);"))
        .isEmpty();
  }

  @Test
  void findsAValueCheckThatThrowsOnTheFirstProblem() {
    String throwing = """
        interface BucketProps {
          @Value.Check
          default void check() {
            checkArgument(days() > 0, "days");
            if (name().isEmpty()) {
              throw new GroundworkValidationException(List.of());
            }
          }
        }
        """;
    assertThat(ConstructRecipe.valueCheckProblems("BucketProps", throwing, Map.of())).singleElement().asString()
        .startsWith("BucketProps: @Value.Check throws on the first problem ('checkArgument")
        .contains("Fix: record each problem with Problems.ofValue(\"BucketProps\")");
  }

  @Test
  void findsAValueCheckWhoseHelperThrows() {
    String collecting = """
        interface BucketProps {
          @Value.Check
          default void check() {
            Problems problems = Problems.ofValue("BucketProps");
            Rotation.check(period(), "BucketProps");
            problems.throwIfAny();
          }
        }
        """;
    Map<String, Map<String, List<String>>> methods =
        Map.of("Rotation", Map.of("check", List.of("if (bad) { throw new GroundworkValidationException(x); }")));
    assertThat(ConstructRecipe.valueCheckProblems("BucketProps", collecting, methods)).singleElement().asString()
        .startsWith("BucketProps: @Value.Check calls Rotation.check, which throws on the first problem");
    assertThat(ConstructRecipe.valueCheckProblems("BucketProps", collecting, Map.of())).isEmpty();
  }
}
