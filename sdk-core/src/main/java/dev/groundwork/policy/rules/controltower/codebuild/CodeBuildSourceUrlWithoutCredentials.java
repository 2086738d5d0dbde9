package dev.groundwork.policy.rules.controltower.codebuild;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.regex.Pattern;

/**
 * GitHub and Bitbucket sources are plain repository URLs, authorised through OAuth or a connection,
 * not credentials in the URL. Mirrors CT.CODEBUILD.PR.1.
 */
public final class CodeBuildSourceUrlWithoutCredentials implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_CODEBUILD_PROJECT_SOURCE_REPO_URL", "CT.CODEBUILD.PR.1",
          "Require OAuth on GitHub or Bitbucket source repository URLs for AWS CodeBuild projects",
          nist("SA-3"))
      .resourceTypes("AWS::CodeBuild::Project")
      .rationale("A personal access token or password inside a source URL is stored in the project "
          + "definition, shown in the console and in CloudFormation, and never rotated.")
      .remediation("Use a plain https://github.com/owner/repo or https://bitbucket.org/... location and "
          + "authorise CodeBuild with OAuth or a CodeConnections connection "
          + "(GitHubSourceCredentials or a pipeline source action).")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    JsonNode source = p.path("Source");
    JsonNode secondary = p.path("SecondarySources");
    boolean inScope = (isStruct(source) && isHostedGit(source))
        || (isNonEmptyList(secondary) && anyOf(secondary, CodeBuildSourceUrlWithoutCredentials::isHostedGit));
    if (!inScope) {
      return Evaluation.notApplicable();
    }
    Evaluation.Builder out = Evaluation.builder();
    checkSource(source, "Properties.Source", out);
    if (isNonEmptyList(secondary)) {
      for (int i = 0; i < secondary.size(); i++) {
        checkSource(secondary.get(i), "Properties.SecondarySources[" + i + "]", out);
      }
    }
    return out.build();
  }

  private static final Pattern GITHUB = Pattern.compile("^(http(s)?)(://github\\.com/)([^/]+)/([\\w\\.-]+)(\\.git)?$");
  private static final Pattern BITBUCKET = Pattern.compile("^https?://bitbucket\\.org");

  private static boolean isHostedGit(JsonNode source) {
    return is(source.path("Type"), "GITHUB") || is(source.path("Type"), "BITBUCKET");
  }

  private static void checkSource(JsonNode source, String path, Evaluation.Builder out) {
    Pattern url = is(source.path("Type"), "GITHUB") ? GITHUB : is(source.path("Type"), "BITBUCKET") ? BITBUCKET : null;
    JsonNode location = source.path("Location");
    if (url != null && !(location.isTextual() && url.matcher(location.textValue()).find())) {
      out.violation(path + ".Location", "the source location is not a plain repository URL");
    }
  }
}
