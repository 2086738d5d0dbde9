package dev.groundwork.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
          "1-32 lower-case letters, digits or '-', starting with a letter",
          "'" + props.name() + "'", "It becomes part of every stack name; use e.g. 'orders'."));
    }
    requireText(app, "team", props.team(), problems);
    requireText(app, "costCenter", props.costCenter(), problems);
    if (props.environments().isEmpty()) {
      problems.add(new Problem("ENVIRONMENTS_EMPTY", app, "environments", "at least one environment",
          "none", "Add one with .addEnvironments(EnvironmentProps.of(\"dev\", account, region, Tier.DEV))."));
    }
    props.service().ifPresent(v -> problems.addAll(TagConstraints.checkValue(app, "service", v)));
    props.owner().ifPresent(v -> problems.addAll(TagConstraints.checkValue(app, "owner", v)));
    props.repository().ifPresent(v -> problems.addAll(TagConstraints.checkValue(app, "repository", v)));
    customTags(app, props.tags(), problems);
    environments(app, props.environments(), problems);
    return problems;
  }

  private static void requireText(String where, String property, String value, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(new Problem("REQUIRED_TAG_BLANK", where, property, "a non-blank tag value",
          "'" + value + "'", "Set " + property + " to the value your organisation uses."));
    } else {
      problems.addAll(TagConstraints.checkValue(where, property, value));
    }
  }

  private static void customTags(String where, Map<String, String> tags, List<Problem> problems) {
    tags.forEach((k, v) -> problems.addAll(
        TagConstraints.check(where, k, v, StandardTag.requiredKeys())));
  }

  private static void environments(String app, List<EnvironmentProps> envs, List<Problem> problems) {
    Set<String> names = new HashSet<>();
    Map<String, EnvironmentProps> byAccountAndRegion = new HashMap<>();
    for (int i = 0; i < envs.size(); i++) {
      EnvironmentProps env = envs.get(i);
      String where = app + " environment '" + env.name() + "'";
      if (!ENVIRONMENT_NAME.matcher(env.name()).matches()) {
        problems.add(new Problem("ENVIRONMENT_NAME_FORMAT", app + " environments[" + i + "]", "name",
            "1-16 lower-case letters, digits or '-', starting with a letter",
            "'" + env.name() + "'", "Use short names such as 'dev', 'staging', 'prod'."));
      }
      if (!names.add(env.name())) {
        problems.add(new Problem("ENVIRONMENT_NAME_DUPLICATE", where, "name",
            "unique within the app", "'" + env.name() + "' a second time",
            "Rename one of them; names become stack names and the environment tag."));
      }
      AccountId.problem(env.account(), where, "account").ifPresent(problems::add);
      Region.problem(env.region(), where, "region").ifPresent(problems::add);
      EnvironmentProps sameTarget =
          byAccountAndRegion.putIfAbsent(env.account() + "/" + env.region(), env);
      if (sameTarget != null && sameTarget.tier() != env.tier()) {
        problems.add(new Problem("ENVIRONMENT_TIER_CONFLICT", where, "tier",
            "the same tier as environment '" + sameTarget.name() + "', which shares account "
                + env.account() + " and region " + env.region(),
            env.tier() + " (vs " + sameTarget.tier() + ")",
            "Give each tier its own account, as AWS recommends; a DEV mistake must not reach "
                + "PROD resources."));
      }
      customTags(where, env.tags(), problems);
    }
  }
}
