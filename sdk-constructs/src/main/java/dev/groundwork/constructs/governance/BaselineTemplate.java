package dev.groundwork.constructs.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import dev.groundwork.core.internal.FeatureFlags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * The CloudFormation template of an {@link AccountBaseline} for a StackSet: synthesized in an App
 * of its own, in an environment-agnostic stack (account and region are {@code AWS::AccountId}
 * and {@code AWS::Region}, so one template serves every account and region) with a synthesizer
 * that needs no bootstrap (no assets, no bootstrap version rule), written as compact JSON.
 */
final class BaselineTemplate {
  /** CloudFormation's limit on a TemplateBody, in bytes. */
  static final int TEMPLATE_BODY_LIMIT = 51_200;
  /**
   * The account and region the baseline's construct context names. Constructs take account and
   * region from the stack, so neither may appear in the template; {@link #synthesize} checks it.
   */
  private static final AccountId NO_ACCOUNT = AccountId.of("000000000000");
  private static final Region NO_REGION = Region.of("eu-nowhere-0");

  private BaselineTemplate() {}

  /** The template of an account baseline with {@code props} in {@code tier}, for the app {@code app}. */
  static String synthesize(String app, Tier tier, AccountBaselineProps props) {
    Path outdir = temporaryDirectory();
    try {
      Map<String, Object> context = new LinkedHashMap<>(FeatureFlags.recommended());
      // Keeps the template small: construct paths are the outer app's concern.
      context.put("aws:cdk:enable-path-metadata", false);
      App baselineApp = new App(AppProps.builder()
          .outdir(outdir.toString())
          .analyticsReporting(false)
          .context(context)
          .build());
      Stack stack = new Stack(baselineApp, "AccountBaseline", StackProps.builder()
          .synthesizer(new BootstraplessSynthesizer())
          .build());
      new PlatformContext(app, "organization", tier, NO_ACCOUNT, NO_REGION).attachTo(stack);
      new AccountBaseline(stack, "Baseline", props);
      CloudAssembly assembly = baselineApp.synth();
      Path template = Path.of(assembly.getStackByName(stack.getStackName()).getTemplateFullPath());
      ObjectMapper json = new ObjectMapper();
      String body = json.writeValueAsString(json.readTree(template.toFile()));
      if (body.contains(NO_ACCOUNT.value()) || body.contains(NO_REGION.value())) {
        throw new IllegalStateException("The account baseline's StackSet template names the placeholder account "
            + NO_ACCOUNT + " or region " + NO_REGION + ": a construct in it used PlatformContext's account or region "
            + "instead of its stack's (Stack.of(this).getAccount()/getRegion()); fix that construct.");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the account baseline's synthesized template", e);
    } finally {
      delete(outdir);
    }
  }

  /** Records a problem if {@code body} is larger than CloudFormation accepts as a TemplateBody. */
  static void checkSize(String body, Problems problems) {
    int bytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > TEMPLATE_BODY_LIMIT) {
      problems.add("STACKSET_TEMPLATE_TOO_LARGE", "templateBody", bytes + " bytes",
          "at most " + TEMPLATE_BODY_LIMIT + " bytes (CloudFormation's TemplateBody limit)",
          "Leave out parts of the baseline (dataEventBuckets, guardDutyDetector(false)), or deploy the template "
              + "from S3 with a CfnStackSet of your own (TemplateURL takes up to 1 MB).");
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("groundwork-account-baseline");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory to synthesize the account baseline in", e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }
}
