package dev.groundwork.pipelines;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.Stack;

/**
 * How the pipeline deploys one environment of the PlatformApp: the environment itself (its CDK
 * stage and stacks, reused as they are) and the checks around its deployment.
 */
@Value.Immutable
@GroundworkStyle
public interface EnvironmentDelivery {

  /** The environment, as the PlatformApp created it, with every stack already added. */
  PlatformEnvironment environment();

  /**
   * The service whose public endpoint the post-deploy smoke test calls: its
   * {@link WebService#healthCheckUrl()}, the name its certificate, DNS record and uptime canary
   * share (it must answer 2xx within five attempts). The service must be of this environment and
   * have an endpoint. Default: no smoke test, unless {@link #healthCheckUrl()}.
   */
  Optional<WebService> smokeTestOf();

  /**
   * The HTTPS URL the post-deploy smoke test calls, for a service without an endpoint (prefer
   * {@link #smokeTestOf()}). Default: no smoke test, unless {@link #smokeTestOf()}.
   */
  Optional<String> healthCheckUrl();

  /**
   * The time zone the PROD deployment window is read in. Default: the time zone of the
   * environment's region ({@code eu-west-1} is {@code Europe/Dublin}); a region without a known
   * zone must set it.
   */
  Optional<ZoneId> timeZone();

  /**
   * The database migrations of this environment, run before {@link #migrateBefore()} deploys: a
   * CodeBuild action of the pipeline, run in the environment's account as the runner's action
   * role. Default: none.
   */
  Optional<MigrationRunner> migrations();

  /**
   * The stack whose deployment waits for the migrations: the first one whose services use the new
   * schema (make any other depend on it). It must depend on the runner's stack, so the runner
   * exists before its first run. Required with {@link #migrations()}.
   */
  Optional<Stack> migrateBefore();

  /**
   * The Kubernetes workloads of this environment, deployed after each deployer's stack (the
   * cluster's) deploys: the deployer's platform build, then its deploy build, CodeBuild actions of
   * the pipeline run in the environment's account as the deployer's action role. Default: none.
   */
  List<KubernetesDeployer> kubernetesDeployers();

  /** The environment with no smoke test. */
  static EnvironmentDelivery of(PlatformEnvironment environment) {
    return builder().environment(environment).build();
  }

  /** The environment with a smoke test of {@code healthCheckUrl}. */
  static EnvironmentDelivery of(PlatformEnvironment environment, String healthCheckUrl) {
    return builder().environment(environment).healthCheckUrl(healthCheckUrl).build();
  }

  /** The environment with a smoke test of {@code service}'s health check at its public endpoint. */
  static EnvironmentDelivery of(PlatformEnvironment environment, WebService service) {
    return builder().environment(environment).smokeTestOf(service).build();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("EnvironmentDelivery");
    if (smokeTestOf().isPresent() && healthCheckUrl().isPresent()) {
      problems.add("PIPELINE_SMOKE_TEST_TWICE", "healthCheckUrl", healthCheckUrl().get(),
          "unset with smokeTestOf (the URL derives from the service's endpoint)", "Remove healthCheckUrl.");
    }
    problems.throwIfAny();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvironmentDelivery}. */
  final class Builder extends ImmutableEnvironmentDelivery.Builder {}
}
