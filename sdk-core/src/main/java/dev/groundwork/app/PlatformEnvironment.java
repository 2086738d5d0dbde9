package dev.groundwork.app;

import com.google.common.collect.ImmutableList;
import dev.groundwork.app.internal.SynthesisFailure;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Region;
import dev.groundwork.core.StandardTag;
import dev.groundwork.core.SynthesisFailedException;
import dev.groundwork.core.TagConstraints;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.StageProps;
import software.amazon.awscdk.StageSynthesisOptions;
import software.amazon.awscdk.TagProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * One environment of a {@link PlatformApp}: a CDK {@link Stage} whose stacks share an account,
 * a region, a tier and the required tags.
 *
 * <p>Tags are applied to the stage itself: aspects (tags are one) added on the App do not reach
 * constructs inside a Stage. Required tags use a higher priority than any custom tag, so a
 * stray {@code Tags.of(x).add("team", ...)} cannot relabel who owns or pays for a resource.
 */
public final class PlatformEnvironment {
  /** Priority of the required tags; CDK's default is 100, so custom tags never override them. */
  static final int REQUIRED_TAG_PRIORITY = 1000;
  private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  /** The purpose, and construct id under the stage, of the stack {@link #addRecoveryStack()} adds. */
  public static final String RECOVERY_STACK_PURPOSE = "recovery";

  private final String appName;
  private final EnvironmentProps props;
  private final Stage stage;
  private boolean providersTagged;
  private final PlatformContext context;
  private final List<Stack> stacks = new ArrayList<>();
  /** Stack name by construct path ({@code <environment>/<purpose>}), kept in Java: a failure may leave no Node.js to ask. */
  private final Map<String, String> stackNamesByPath = new LinkedHashMap<>();
  /** How a failure names the environment, e.g. {@code prod (2/2, PROD tier, 333333333333/eu-west-1)}. */
  private final String where;
  private final Path outdir;

  PlatformEnvironment(software.amazon.awscdk.App app, PlatformAppProps appProps, EnvironmentProps props,
      int index, Path outdir) {
    this.appName = appProps.name();
    this.props = props;
    this.where = "%s (%d/%d, %s tier, %s/%s)".formatted(props.name(), index, appProps.environments().size(),
        props.tier(), props.account(), props.region());
    this.outdir = outdir;
    this.context = new PlatformContext(appProps.name(), props.name(), props.tier(),
        AccountId.of(props.account()), Region.of(props.region()), props.recoveryRegion().map(Region::of),
        Optional.of(appProps.costCenter()));
    this.stage = new Stage(app, props.name(), StageProps.builder()
        .stageName(props.name())
        .env(Environment.builder().account(props.account()).region(props.region()).build())
        .build());
    context.attachTo(stage);
    applyTags(appProps);
  }

  private void applyTags(PlatformAppProps appProps) {
    TagProps required = TagProps.builder().priority(REQUIRED_TAG_PRIORITY).build();
    Tags.of(stage).add(StandardTag.ENVIRONMENT.key(), props.name(), required);
    Tags.of(stage).add(StandardTag.TEAM.key(), appProps.team(), required);
    Tags.of(stage).add(StandardTag.COST_CENTER.key(), appProps.costCenter(), required);
    appProps.service().ifPresent(v -> Tags.of(stage).add(StandardTag.SERVICE.key(), v));
    appProps.owner().ifPresent(v -> Tags.of(stage).add(StandardTag.OWNER.key(), v));
    appProps.repository().ifPresent(v -> Tags.of(stage).add(StandardTag.REPOSITORY.key(), v));
    // Same priority, same scope: the tag added later wins, so environment tags beat app tags.
    appProps.tags().forEach((k, v) -> Tags.of(stage).add(k, v));
    props.tags().forEach((k, v) -> Tags.of(stage).add(k, v));
  }

  /** Adds a stack named {@code <app>-<environment>-<purpose>} with every default of the tier. */
  public Stack addStack(String purpose) {
    return addStack(purpose, StackOptions.defaults());
  }

  /**
   * Adds a stack named {@code <app>-<environment>-<purpose>}.
   *
   * @param purpose what the stack holds, e.g. {@code network} or {@code data}:
   *     {@code [a-z][a-z0-9-]{0,31}}, unique in the environment
   * @throws GroundworkValidationException if the purpose is malformed or taken, or a tag is invalid
   */
  public Stack addStack(String purpose, StackOptions options) {
    return addStack(purpose, options, context.region());
  }

  /**
   * Adds the environment's recovery stack, {@code <app>-<environment>-recovery}, in its
   * {@linkplain EnvironmentProps#recoveryRegion() recovery region} and the same account: where
   * {@code SecureBucket} puts its replicas and {@code BackupPlan} its copy vault. Add it before
   * those constructs; they find it by its purpose. Constructs inside it see the recovery region as
   * their region ({@link PlatformContext#of}) and no recovery region of their own.
   *
   * <p>Nothing references it across regions: the constructs in the primary region name the
   * replica buckets, key alias and vault by names derived from app and environment, so no
   * CloudFormation export or CDK's SSM-parameter-backed cross-region references are needed.
   *
   * @throws GroundworkValidationException if the environment names no recovery region, or the
   *     recovery stack exists already
   */
  public Stack addRecoveryStack() {
    if (context.recoveryRegion().isEmpty()) {
      throw new GroundworkValidationException(List.of(new Problem("RECOVERY_REGION_MISSING",
          "PlatformEnvironment '" + props.name() + "'", "recoveryRegion", "none",
          "a second region, named in the environment's EnvironmentProps",
          "Add .recoveryRegion(\"eu-central-1\") (a region other than " + props.region()
              + ") to the environment, or do not add a recovery stack.")));
    }
    Region region = context.recoveryRegion().get();
    Stack stack = addStack(RECOVERY_STACK_PURPOSE, StackOptions.builder()
        .description("%s recovery stack, %s environment (%s tier), in %s: replicas and backup copies of %s. Managed by Groundwork: change it in code."
            .formatted(appName, props.name(), props.tier(), region, props.region()))
        .build(), region);
    context.inRecoveryRegion().attachTo(stack);
    return stack;
  }

  private Stack addStack(String purpose, StackOptions options, Region region) {
    String where = "PlatformEnvironment '" + props.name() + "'";
    List<Problem> problems = new ArrayList<>();
    if (!PURPOSE.matcher(purpose).matches()) {
      problems.add(new Problem("STACK_PURPOSE_FORMAT", where, "purpose",
          "'" + purpose + "'", "1-32 lower-case letters, digits or '-', starting with a letter",
          "Name what the stack holds, e.g. 'network' or 'data'."));
    } else if (stage.getNode().tryFindChild(purpose) != null) {
      problems.add(new Problem("STACK_PURPOSE_DUPLICATE", where, "purpose",
          "'" + purpose + "' a second time", "unique within the environment",
          "Use another purpose, or add the constructs to the existing stack."));
    }
    String stackWhere = "stack '" + stackName(purpose) + "'";
    options.tags().forEach((k, v) -> problems.addAll(
        TagConstraints.check(stackWhere, k, v, StandardTag.requiredKeys())));
    GroundworkValidationException.throwIfAny(problems);

    StackProps.Builder stackProps = StackProps.builder()
        .stackName(stackName(purpose))
        .description(options.description().orElseGet(() -> defaultDescription(purpose)))
        .terminationProtection(options.terminationProtection()
            .orElse(props.tier().defaults().stackTerminationProtection()));
    if (!region.equals(context.region())) {
      stackProps.env(Environment.builder().account(props.account()).region(region.value()).build());
    }
    Stack stack = new Stack(stage, purpose, stackProps.build());
    options.tags().forEach((k, v) -> Tags.of(stack).add(k, v));
    stacks.add(stack);
    stackNamesByPath.put(props.name() + "/" + purpose, stackName(purpose));
    return stack;
  }

  /**
   * Gives the raw role and function of every CDK custom-resource provider in this environment's
   * stacks (behind e.g. a VPC's restrictDefaultSecurityGroup or a bucket's autoDeleteObjects)
   * their stack's tags, which {@code Tags.of} cannot reach. CDK creates each provider as a child of
   * its stack named {@code Custom::<Name>CustomResourceProvider}; called once before synthesis,
   * when every provider exists, so the tags rule needs no exemption for them. Public for code that
   * synthesizes the stage before {@link PlatformApp#synth()} does (CDK Pipelines synthesizes each
   * stage it deploys when the stage is added); idempotent.
   */
  public void tagCustomResourceProviders() {
    if (providersTagged) {
      return;
    }
    providersTagged = true;
    stacks.forEach(CustomResourceProviderTags::addToProvidersOf);
  }

  /**
   * Synthesizes this environment's stage, after {@link #tagCustomResourceProviders()}, as
   * {@link PlatformApp#synth()} does for each environment. CDK keeps the assembly: later calls, and
   * CDK Pipelines' own synthesis when the stage is added to a pipeline, return it. Code that adds
   * the stage to a pipeline calls this first, so a failure reads as it would in {@code synth()}.
   *
   * @throws SynthesisFailedException naming the environment and the cause in one line (for a
   *     dependency cycle, both stacks and the references that form it)
   */
  public CloudAssembly synth(StageSynthesisOptions options) {
    tagCustomResourceProviders();
    try {
      return stage.synth(options);
    } catch (GroundworkValidationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw SynthesisFailure.environmentFailed(where, props.name(), e, outdir,
          path -> stackNamesByPath.getOrDefault(path, path));
    }
  }

  /** The environment as progress and failures name it: {@code name (i/n, TIER tier, account/region)}. */
  String description() {
    return where;
  }

  /** The stack name convention: {@code <app>-<environment>-<purpose>}. */
  public String stackName(String purpose) {
    return appName + "-" + props.name() + "-" + purpose;
  }

  private String defaultDescription(String purpose) {
    return "%s %s stack, %s environment (%s tier). Managed by Groundwork: change it in code."
        .formatted(appName, purpose, props.name(), props.tier());
  }

  public String name() {
    return props.name();
  }

  public Tier tier() {
    return props.tier();
  }

  public AccountId account() {
    return context.account();
  }

  public Region region() {
    return context.region();
  }

  /** The region holding this environment's recovery copies, if it names one. */
  public Optional<Region> recoveryRegion() {
    return context.recoveryRegion();
  }

  /** The environment's facts, as constructs inside it see them. */
  public PlatformContext context() {
    return context;
  }

  /** Custom tags of this environment. */
  public Map<String, String> tags() {
    return props.tags();
  }

  /** The stacks added so far, in order. */
  public ImmutableList<Stack> stacks() {
    return ImmutableList.copyOf(stacks);
  }

  /** The underlying CDK stage: the escape hatch for anything Groundwork does not wrap. */
  public Stage stage() {
    return stage;
  }
}
