package dev.groundwork.check;

import dev.groundwork.core.Problems;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@code groundwork check}, read into a {@link CheckRequest}; every problem
 * with it is reported at once ({@code GroundworkValidationException}), with the fix.
 */
public final class CheckArguments {

  /** The usage text, printed with {@code --help} and after a wrong command line. */
  public static final String USAGE = """
      usage: groundwork check [options] <path>...

      Checks CloudFormation templates with Groundwork's policy engine and writes its reports.
      <path> is a template (JSON or YAML), a directory (searched for templates and cloud
      assemblies) or a cloud assembly (a cdk.out of any CDK app).

      options:
        --tier <TIER>             tier of every environment: DEV, STAGING or PROD (default PROD)
        --tier <ENV>=<TIER>       tier of one environment: a CDK stage, or 'default' for the rest
        --rules <class>           a RuleLibraryProvider on the class path whose rules and packs to add
        --pack <name>             turn on only the named packs (repeat for several)
        --disable <RULE_ID>       turn a rule off
        --regrade <RULE_ID>=<SEVERITY>  change a rule's severity (ERROR, WARNING, INFO)
        --suppressions <file>     suppressions for templates without Groundwork metadata (YAML or JSON)
        --output <dir>            where the reports are written (default groundwork-reports)
        --help                    print this text

      exit status: 0 no ERROR finding, 1 an ERROR finding remains, 2 the command line, a file it
      names or the suppression file is wrong
      """;

  private static final String WHERE = "groundwork check";

  private CheckArguments() {}

  /** Whether {@code args} ask for the usage text. */
  public static boolean wantsHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /**
   * Reads {@code args} (without the {@code check} command itself), relative to {@code base}.
   *
   * @throws dev.groundwork.core.GroundworkValidationException with every problem found
   */
  public static CheckRequest parse(List<String> args, Path base) {
    Problems problems = Problems.ofValue(WHERE);
    CheckRequest.Builder request = CheckRequest.builder(base);
    int paths = 0;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        request.path(Path.of(arg));
        paths++;
        continue;
      }
      Optional<String> value = i + 1 < args.size() && !args.get(i + 1).startsWith("--")
          ? Optional.of(args.get(++i)) : Optional.empty();
      if (value.isEmpty()) {
        problems.add("CHECK_OPTION_VALUE", arg, "nothing", "followed by a value", "Write " + arg + " <value>; see --help.");
        continue;
      }
      option(arg, value.get(), request, problems);
    }
    if (paths == 0) {
      problems.add("CHECK_PATHS_REQUIRED", "<path>", "none", "at least one template, directory or cloud assembly",
          "Name what to check, e.g. groundwork check templates/ cdk.out");
    }
    problems.throwIfAny();
    return request.build();
  }

  private static void option(String option, String value, CheckRequest.Builder request, Problems problems) {
    switch (option) {
      case "--tier" -> {
        int equals = value.indexOf('=');
        Optional<Tier> tier = tier(equals < 0 ? value : value.substring(equals + 1), problems);
        if (tier.isPresent() && equals < 0) {
          request.tier(tier.get());
        } else if (tier.isPresent()) {
          request.tier(value.substring(0, equals), tier.get());
        }
      }
      case "--rules" -> request.rules(value);
      case "--pack" -> request.pack(value);
      case "--disable" -> ruleId(value, "--disable", problems).ifPresent(request::disable);
      case "--regrade" -> {
        int equals = value.indexOf('=');
        Optional<Severity> severity = equals < 0 ? Optional.empty() : severity(value.substring(equals + 1));
        if (severity.isEmpty()) {
          problems.add("CHECK_REGRADE", "--regrade", value, "<RULE_ID>=<SEVERITY> with a severity of "
              + Arrays.toString(Severity.values()), "Write e.g. --regrade GW_S3_BUCKET_VERSIONING_ENABLED=INFO.");
        } else {
          ruleId(value.substring(0, equals), "--regrade", problems).ifPresent(id -> request.regrade(id, severity.get()));
        }
      }
      case "--suppressions" -> request.suppressions(Path.of(value));
      case "--output" -> request.output(Path.of(value));
      default -> problems.add("CHECK_OPTION_UNKNOWN", "option", option, "one of --tier, --rules, --pack, --disable, "
          + "--regrade, --suppressions, --output, --help", "See groundwork check --help.");
    }
  }

  private static Optional<Tier> tier(String text, Problems problems) {
    try {
      return Optional.of(Tier.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      problems.add("CHECK_TIER", "--tier", text, "one of " + Arrays.toString(Tier.values())
          + ", alone or as <environment>=<TIER>", "Write e.g. --tier PROD or --tier dev=DEV.");
      return Optional.empty();
    }
  }

  private static Optional<Severity> severity(String text) {
    try {
      return Optional.of(Severity.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> ruleId(String text, String option, Problems problems) {
    try {
      return Optional.of(RuleId.of(text).value());
    } catch (IllegalArgumentException e) {
      problems.add("CHECK_RULE_ID", option, text, "a rule id such as GW_S3_BUCKET_VERSIONING_ENABLED",
          "Copy the id from a report's findings or from the groundwork-rules.md written beside it.");
      return Optional.empty();
    }
  }
}
