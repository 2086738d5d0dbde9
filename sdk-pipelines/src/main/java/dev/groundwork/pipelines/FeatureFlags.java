package dev.groundwork.pipelines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.appconfig.Application;
import software.amazon.awscdk.services.appconfig.ConfigurationContent;
import software.amazon.awscdk.services.appconfig.ConfigurationType;
import software.amazon.awscdk.services.appconfig.DeploymentStrategy;
import software.amazon.awscdk.services.appconfig.Environment;
import software.amazon.awscdk.services.appconfig.HostedConfiguration;
import software.amazon.awscdk.services.appconfig.Monitor;
import software.amazon.awscdk.services.appconfig.RolloutStrategy;
import software.amazon.awscdk.services.appconfig.RolloutStrategyProps;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/**
 * Feature flags of one service in AWS AppConfig, so deploying code and releasing a feature are
 * separate steps, and a bad release is one flag change away from undone.
 *
 * <p>Resources: an AppConfig application named after the service; an environment named after the
 * PlatformApp environment, monitored by the service's alarms (a flag change that sets one off is
 * rolled back); a feature-flag configuration profile ({@code AWS.AppConfig.FeatureFlags}) with the
 * initial values; a gradual deployment strategy (20 % more of the service's tasks every 2 minutes
 * over 10 minutes, then 10 minutes of watching) and the deployment of the values. The reader (the
 * service's task role) may read this profile only.
 */
public final class FeatureFlags extends Construct {
  private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern FLAG = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private final Application application;
  private final Environment environment;
  private final HostedConfiguration profile;

  public FeatureFlags(Construct scope, String id, FeatureFlagsProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    FeatureFlagsSettings settings = FeatureFlagsDefaults.resolve(props, context);
    validate(props, settings, context);

    this.application = Application.Builder.create(this, "Application")
        .applicationName(settings.applicationName())
        .description("Feature flags of " + props.service())
        .build();
    this.environment = Environment.Builder.create(this, "Environment")
        .application(application)
        .environmentName(settings.environmentName())
        .monitors(props.rollbackAlarms().stream().map(alarm -> Monitor.fromCloudWatchAlarm(alarm)).toList())
        .build();
    DeploymentStrategy gradual = DeploymentStrategy.Builder.create(this, "Gradual")
        .rolloutStrategy(RolloutStrategy.linear(RolloutStrategyProps.builder()
            .growthFactor(settings.growthFactorPercent())
            .deploymentDuration(Duration.minutes(settings.deploymentMinutes()))
            .finalBakeTime(Duration.minutes(settings.finalBakeMinutes()))
            .build()))
        .build();
    this.profile = HostedConfiguration.Builder.create(this, "Flags")
        .application(application)
        .name(settings.profileName())
        .type(ConfigurationType.FEATURE_FLAGS)
        .content(ConfigurationContent.fromInlineJson(content(props)))
        .deploymentStrategy(gradual)
        .deployTo(List.of(environment))
        .build();
    grantRead(props.reader());
  }

  /** The AppConfig feature-flag document: every flag, its initial value. Keys sorted, for stable templates. */
  private static String content(FeatureFlagsProps props) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode document = json.createObjectNode().put("version", "1");
    ObjectNode flags = document.putObject("flags");
    ObjectNode values = document.putObject("values");
    new TreeMap<>(props.flags()).forEach((name, enabled) -> {
      flags.putObject(name).put("name", name);
      values.putObject(name).put("enabled", enabled);
    });
    return document.toString();
  }

  private void validate(FeatureFlagsProps props, FeatureFlagsSettings settings, PlatformContext context) {
    Problems validation = Problems.of("FeatureFlags", this);
    if (!SERVICE.matcher(props.service()).matches()) {
      validation.add("FLAGS_SERVICE_NAME", "service", "'" + props.service() + "'",
          "1-40 lower-case letters, digits or '-', starting with a letter", "Use the service's short name.");
    }
    props.flags().keySet().stream().filter(name -> !FLAG.matcher(name).matches()).sorted().forEach(name ->
        validation.add("FLAGS_FLAG_NAME", "flags", "'" + name + "'",
            "a letter, then up to 63 letters, digits, '-' or '_'", "Rename the flag, e.g. 'new-checkout'."));
    if (props.flags().isEmpty()) {
      validation.add("FLAGS_EMPTY", "flags", "{}", "at least one flag", "Add the flag the release hides.");
    }
    if (settings.rollbackAlarmsRequired() && props.rollbackAlarms().isEmpty()) {
      validation.add("FLAGS_ALARMS_REQUIRED", "rollbackAlarms", "none in " + context.tier(),
          "at least one alarm outside DEV", "Pass the service's error-rate alarm, so a bad flag rolls back.");
    }
    validation.throwIfAny();
  }

  /** Lets {@code grantee} start a configuration session on this profile and read it, nothing else. */
  public Grant grantRead(IGrantable grantee) {
    return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
        .grantee(grantee)
        .actions(List.of("appconfig:StartConfigurationSession", "appconfig:GetLatestConfiguration"))
        .resourceArns(List.of(Stack.of(this).formatArn(ArnComponents.builder()
            .service("appconfig")
            .resource("application")
            .resourceName(application.getApplicationId() + "/environment/" + environment.getEnvironmentId()
                + "/configuration/" + profile.getConfigurationProfileId())
            .build())))
        .build());
  }

  /** The AppConfig application. */
  public Application application() {
    return application;
  }

  /** The AppConfig environment, monitored by the rollback alarms. */
  public Environment environment() {
    return environment;
  }

  /** The feature-flag configuration profile. */
  public HostedConfiguration profile() {
    return profile;
  }
}
