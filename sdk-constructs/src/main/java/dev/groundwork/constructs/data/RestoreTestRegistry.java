package dev.groundwork.constructs.data;

import dev.groundwork.core.PlatformContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Stage;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The environment's restore-testable resources and its restore testing plan, whichever comes
 * first: each {@link DatabaseCluster} and {@link SecureBucket} registers as it is built, the
 * {@link BackupPlan} as it is built, and every resource of the plan's region is tested as soon as
 * both exist, in the order the resources were built (so templates stay deterministic).
 *
 * <p>It is a construct without resources under the environment's {@code Stage}, found by its id
 * like {@code EncryptionKey.forPurpose} finds a stack's keys, so neither side needs the other
 * handed in and no construct tree is searched.
 */
final class RestoreTestRegistry extends Construct {
  /** Its id under the stage: not a stack purpose, which is lower case. */
  static final String ID = "GroundworkRestoreTests";

  private final List<RestoreTarget> targets = new ArrayList<>();
  private final Map<String, RestoreTesting> plansByRegion = new LinkedHashMap<>();

  private RestoreTestRegistry(Construct stage, String id) {
    super(stage, id);
  }

  /** The registry of {@code scope}'s environment (its stage), created on first use. */
  static RestoreTestRegistry of(IConstruct scope) {
    Stage stage = Stage.of(scope);
    IConstruct existing = stage.getNode().tryFindChild(ID);
    return existing instanceof RestoreTestRegistry registry ? registry : new RestoreTestRegistry(stage, ID);
  }

  /** Registers a resource; tests it at once if its region's plan exists. */
  void addTarget(RestoreTarget target) {
    targets.add(target);
    Optional.ofNullable(plansByRegion.get(regionOf(target.owner()))).ifPresent(plan -> plan.test(target));
  }

  /** The restore testing plan of {@code scope}'s region, if one is registered. */
  Optional<RestoreTesting> planOf(IConstruct scope) {
    return Optional.ofNullable(plansByRegion.get(regionOf(scope)));
  }

  /** Registers the plan of its region and tests every resource of that region registered so far. */
  void addPlan(RestoreTesting plan) {
    String region = regionOf(plan);
    plansByRegion.put(region, plan);
    List.copyOf(targets).stream().filter(t -> regionOf(t.owner()).equals(region)).forEach(plan::test);
  }

  private static String regionOf(IConstruct scope) {
    return PlatformContext.of(scope).region().value();
  }
}
