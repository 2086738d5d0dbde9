package dev.groundwork.policy.rules.plaintext;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.plaintext.EnvironmentVariables.Variable;
import java.util.regex.Pattern;

/** Environment variables do not hard-code IP addresses or URLs. */
public final class EnvironmentHasNoHardcodedEndpoints implements Rule {

  private static final Pattern IPV4 =
      Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])");
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
  private static final Pattern LOCAL =
      Pattern.compile("(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?![\\d.])");

  private static final RuleInfo INFO = RuleInfo.builder("GW_ENV_NO_HARDCODED_ENDPOINTS")
      .title("Environment variables do not hard-code IP addresses or URLs")
      .severity(Severity.WARNING)
      .resourceTypes(EnvironmentVariables.FUNCTION, EnvironmentVariables.TASK_DEFINITION)
      .rationale("Hard-coded addresses break when the other side moves, differ per "
          + "environment, and often point at a dev system from a prod deployment.")
      .remediation("Pass the endpoint from the resource that owns it (database.clusterEndpoint()"
          + ".socketAddress(), loadBalancer.loadBalancerDnsName()) or from an SSM parameter.")
      .noControls("A portability and configuration practice, not a security control of any framework mapped here.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Evaluation.Builder out = Evaluation.builder();
    for (Variable variable : EnvironmentVariables.of(ctx.resource())) {
      String value = variable.value().asText("");
      if (!variable.value().isTextual() || !mayHoldEndpoint(value) || LOCAL.matcher(value).find()) {
        continue;
      }
      boolean url = URL.matcher(value).find();
      if (url || IPV4.matcher(value).find()) {
        out.violation(variable.path(), "environment variable " + variable.name()
            + " hard-codes " + (url ? "the URL " : "the address ") + value);
      }
    }
    return out.build();
  }

  /** Cheap pre-check before the regular expressions: a URL has "://", an IPv4 address dots. */
  private static boolean mayHoldEndpoint(String value) {
    return value.contains("://") || value.indexOf('.') != value.lastIndexOf('.');
  }
}
