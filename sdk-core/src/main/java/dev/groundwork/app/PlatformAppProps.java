package dev.groundwork.app;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.ResourceTags;
import dev.groundwork.cost.CostOptions;
import dev.groundwork.policy.PolicyOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The description of a {@link PlatformApp}: what it is, who owns and pays for it, and where
 * it runs.
 *
 * <p>Building it validates everything at once (names, accounts, regions,
 * tags, conflicting environments) and throws one {@link GroundworkValidationException} that
 * lists every problem.
 */
@Value.Immutable
@GroundworkStyle
public interface PlatformAppProps {

  /** The application's name, used in stack names: {@code [a-z][a-z0-9-]{0,31}}. */
  String name();

  /** The owning team; the required {@code team} tag. */
  String team();

  /** The cost center; the required {@code cost-center} tag. */
  String costCenter();

  /** The environments, at least one, with unique names. */
  List<EnvironmentProps> environments();

  /** The optional standard {@code service} tag on every resource. Default: none. */
  Optional<String> service();

  /** The optional standard {@code owner} tag on every resource. Default: none. */
  Optional<String> owner();

  /** The optional standard {@code repository} tag on every resource. Default: none. */
  Optional<String> repository();

  /**
   * Custom tags for every resource of the app. Precedence, lowest first: app, environment,
   * stack, construct ({@link ResourceTags}). The required keys cannot be used here.
   */
  Map<String, String> tags();

  /**
   * CDK context for the app, applied over the feature flags Groundwork sets (all of CDK's
   * recommended flags, see {@code docs/getting-started.md}): a key here overrides the flag of
   * that name, for example {@code putContext("@aws-cdk/aws-ecs:removeEmptyLoadBalancers", false)},
   * and any other key is plain CDK context. Values are booleans, strings, numbers, or lists and
   * maps of them. Context the CDK CLI passes ({@code cdk.json}, {@code --context}) wins over
   * both. {@code aws:cdk:enable-path-metadata} cannot be turned off: policy findings name
   * construct paths from it. Default: none.
   */
  Map<String, Object> context();

  /**
   * Where the cloud assembly is written. Default: {@code cdk.out} in the working directory.
   * When the {@code CDK_OUTDIR} environment variable is set (the CDK CLI sets it), it wins, so
   * {@code cdk synth} finds the assembly where it expects it.
   */
  Optional<Path> outdir();

  /**
   * A previous cloud assembly to compare the new one with (the replacement guard, {@code
   * docs/replacement-guard.md}): a {@code cdk.out} of the deployed version, or a directory with one per
   * environment ({@code <dir>/<environment>/manifest.json}). It is read when the app is created,
   * so it may be the output directory itself. A stateful resource the deployment would replace
   * or delete is then an ERROR finding. When the {@value PlatformApp#PREVIOUS_ASSEMBLY_VARIABLE}
   * environment variable is set (the Maven plugin's {@code previousAssembly} parameter and the
   * delivery pipeline set it), it wins; its value {@value PlatformApp#NO_PREVIOUS_ASSEMBLY}
   * compares with nothing. Default: the output directory's assembly when it has one, which is the
   * last assembly that passed (a rejected one goes beside it, never into it); none on a first
   * synthesis.
   */
  Optional<Path> previousAssembly();

  /**
   * The policy checks synthesis runs on every stack: packs, the user's own rules, rules turned
   * off and re-graded severities. Default: the baseline pack ({@link PolicyOptions#defaults()}).
   * In a tier that escalates warnings (PROD), WARNING rules marked to escalate fail synthesis.
   */
  @Value.Default
  default PolicyOptions policy() {
    return PolicyOptions.defaults();
  }

  /**
   * How synthesis estimates the monthly cost: price table, usage assumptions, budgets per
   * environment (see {@code docs/cost-and-diagrams.md}). Default: {@link CostOptions#defaults()}.
   */
  @Value.Default
  default CostOptions cost() {
    return CostOptions.defaults();
  }

  @Value.Check
  default void check() {
    GroundworkValidationException.throwIfAny(PlatformAppValidation.problems(this));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlatformAppProps}. */
  final class Builder extends ImmutablePlatformAppProps.Builder {}
}
