package dev.groundwork.app;

import dev.groundwork.core.AccountId;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Region;
import dev.groundwork.core.StandardTag;
import dev.groundwork.core.TagConstraints;
import dev.groundwork.core.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Every check on a {@link PlatformAppProps}, collected so all problems are reported together. */
final class PlatformAppValidation {
  static final Pattern APP_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,15}");

  private PlatformAppValidation() {}

  static List<Problem> problems(PlatformAppProps props) {
    String app = "PlatformApp '" + props.name() + "'";
    List<Problem> problems = new ArrayList<>();
    if (!APP_NAME.matcher(props.name()).matches()) {
      problems.add(new Problem("APP_NAME_FORMAT", "PlatformApp", "name",
          "'" + props.name() + "'",
          "1-32 lower-case letters, digits or '-', starting with a letter", "It becomes part of every stack name; use e.g. 'orders'."));
    }
    requireText(app, "team", props.team(), problems);
    requireText(app, "costCenter", props.costCenter(), problems);
    if (props.environments().isEmpty()) {
      problems.add(new Problem("ENVIRONMENTS_EMPTY", app, "environments", "none",
          "at least one environment", "Add one with .addEnvironments(EnvironmentProps.of(\"dev\", account, region, Tier.DEV))."));
    }
    props.service().ifPresent(v -> problems.addAll(TagConstraints.checkValue(app, "service", v)));
    props.owner().ifPresent(v -> problems.addAll(TagConstraints.checkValue(app, "owner", v)));
    props.repository().ifPresent(v -> problems.addAll(TagConstraints.checkValue(app, "repository", v)));
    customTags(app, props.tags(), problems);
    context(app, props.context(), problems);
    environments(app, props.environments(), problems);
    return problems;
  }

  private static void requireText(String where, String property, String value, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(new Problem("REQUIRED_TAG_BLANK", where, property, "'" + value + "'",
          "a non-blank tag value", "Set " + property + " to the value your organisation uses."));
    } else {
      problems.addAll(TagConstraints.checkValue(where, property, value));
    }
  }

  private static void customTags(String where, Map<String, String> tags, List<Problem> problems) {
    tags.forEach((k, v) -> problems.addAll(
        TagConstraints.check(where, k, v, StandardTag.requiredKeys())));
  }

  private static void context(String where, Map<String, Object> context, List<Problem> problems) {
    context.forEach((key, value) -> {
      if (key.equals(PlatformApp.PATH_METADATA)) {
        problems.add(new Problem("CONTEXT_PATH_METADATA", where, "context['" + key + "']",
            String.valueOf(value), "not set here: Groundwork always turns it on",
            "Remove it; policy findings name the construct path this metadata records."));
      } else if (!jsonLike(value)) {
        problems.add(new Problem("CONTEXT_VALUE_TYPE", where, "context['" + key + "']",
            value + " (" + value.getClass().getSimpleName() + ")",
            "a boolean, string, number, or a list or map of them",
            "CDK context is JSON; pass e.g. true, \"strong\" or List.of(\"aws\")."));
      }
    });
  }

  private static boolean jsonLike(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().allMatch(v -> v != null && jsonLike(v));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().allMatch(
          e -> e.getKey() instanceof String && e.getValue() != null && jsonLike(e.getValue()));
    }
    return value instanceof Boolean || value instanceof String || value instanceof Number;
  }

  private static void recoveryRegion(String where, String primary, String recovery, List<Problem> problems) {
    Region.problem(recovery, where, "recoveryRegion").ifPresentOrElse(problems::add, () -> {
      if (recovery.equals(primary)) {
        problems.add(new Problem("RECOVERY_REGION_SAME", where, "recoveryRegion", "'" + recovery + "'",
            "a region other than the environment's own (" + primary + ")",
            "Name a second region, e.g. eu-central-1 for eu-west-1; copies in the same region do "
                + "not survive a regional outage."));
      } else if (Region.problem(primary, where, "region").isEmpty()
          && !Region.of(recovery).partition().equals(Region.of(primary).partition())) {
        problems.add(new Problem("RECOVERY_REGION_PARTITION", where, "recoveryRegion",
            "'" + recovery + "' (partition " + Region.of(recovery).partition() + ")",
            "a region of the environment's partition (" + Region.of(primary).partition() + ", like " + primary + ")",
            "S3 replication and AWS Backup copies stay inside one partition; name a region of it."));
      }
    });
  }

  private static void environments(String app, List<EnvironmentProps> envs, List<Problem> problems) {
    Set<String> names = new LinkedHashSet<>();
    Map<String, EnvironmentProps> byAccountAndRegion = new LinkedHashMap<>();
    for (int i = 0; i < envs.size(); i++) {
      EnvironmentProps env = envs.get(i);
      String where = app + " environment '" + env.name() + "'";
      if (!ENVIRONMENT_NAME.matcher(env.name()).matches()) {
        problems.add(new Problem("ENVIRONMENT_NAME_FORMAT", app + " environments[" + i + "]", "name",
            "'" + env.name() + "'",
            "1-16 lower-case letters, digits or '-', starting with a letter", "Use short names such as 'dev', 'staging', 'prod'."));
      }
      if (!names.add(env.name())) {
        problems.add(new Problem("ENVIRONMENT_NAME_DUPLICATE", where, "name",
            "'" + env.name() + "' a second time", "unique within the app",
            "Rename one of them; names become stack names and the environment tag."));
      }
      AccountId.problem(env.account(), where, "account").ifPresent(problems::add);
      Region.problem(env.region(), where, "region").ifPresent(problems::add);
      env.recoveryRegion().ifPresent(recovery -> recoveryRegion(where, env.region(), recovery, problems));
      EnvironmentProps sameTarget =
          byAccountAndRegion.putIfAbsent(env.account() + "/" + env.region(), env);
      if (sameTarget != null && sameTarget.tier() != env.tier()) {
        problems.add(new Problem("ENVIRONMENT_TIER_CONFLICT", where, "tier",
            env.tier() + " (vs " + sameTarget.tier() + ")",
            "the same tier as environment '" + sameTarget.name() + "', which shares account "
                + env.account() + " and region " + env.region(),
            "Give each tier its own account, as AWS recommends; a DEV mistake must not reach "
                + "PROD resources."));
      }
      customTags(where, env.tags(), problems);
    }
  }
}
