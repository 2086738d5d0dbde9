package dev.groundwork.testing;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.policy.PolicyReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that synthesizes an app once per test class and hands its tests the result
 * by parameter: a class of thirty tests pays for one synthesis.
 *
 * <pre>{@code
 * class OrdersAppTest {
 *   @RegisterExtension
 *   static final SynthesisExtension SYNTH =
 *       SynthesisExtension.of(outdir -> OrdersApp.create(Optional.of(outdir)));
 *
 *   @Test
 *   void bucketsAreRetained(SynthesizedApp app) {
 *     assertThat(app).allStacks().resourcesOfType("AWS::S3::Bucket").areAllRetained();
 *   }
 * }
 * }</pre>
 *
 * <p>Tests and {@code @BeforeAll}/{@code @BeforeEach} methods may declare parameters of type
 * {@link SynthesizedApp}, {@link Templates} (every stack), {@link PolicyReport} (the one
 * synthesis made) and {@link SynthResult}. {@link #afterSynthesis} runs a step on each result
 * before tests see it, e.g. copying the assembly for inspection. The app is synthesized on first use into a
 * temporary directory, cached in the store of the top-level test class (so {@code @Nested}
 * classes share it), and the directory is deleted when that class finishes.
 *
 * <p><b>CDK's built-in validator.</b> aws-cdk-lib 2.262+ validates every template during
 * synthesis unless the Node process that jsii starts sees {@code CDK_VALIDATION=false}; that
 * process inherits the test JVM's environment, which cannot be changed from inside the JVM.
 * The extension therefore insists that {@code CDK_VALIDATION=false} is set where the JVM is
 * launched (surefire's {@code environmentVariables}) and fails with instructions when it is
 * not. A class that wants CDK's validator on says so with {@link #withCdkValidator()}.
 */
public final class SynthesisExtension implements ParameterResolver {
  /** Builds the app under test, writing its assembly to the directory given. */
  @FunctionalInterface
  public interface AppFactory {
    PlatformApp create(Path outdir) throws Exception;
  }

  /**
   * A step run on each synthesis result before tests see it, e.g. a policy check that writes
   * its report into the assembly directory.
   */
  @FunctionalInterface
  public interface AfterSynthesis {
    void accept(SynthResult result) throws Exception;
  }

  static final String VARIABLE = "CDK_VALIDATION";
  private static final Set<Class<?>> PROVIDED =
      ImmutableSet.of(SynthesizedApp.class, Templates.class, PolicyReport.class, SynthResult.class);

  private final AppFactory factory;
  private final boolean cdkValidator;
  private final AfterSynthesis afterSynthesis;

  private SynthesisExtension(AppFactory factory, boolean cdkValidator, AfterSynthesis afterSynthesis) {
    this.factory = factory;
    this.cdkValidator = cdkValidator;
    this.afterSynthesis = afterSynthesis;
  }

  /** An extension that synthesizes the app {@code factory} builds, with CDK's validator off. */
  public static SynthesisExtension of(AppFactory factory) {
    return new SynthesisExtension(factory, false, result -> {});
  }

  /** The same extension, running {@code step} on each synthesis result before tests see it. */
  public SynthesisExtension afterSynthesis(AfterSynthesis step) {
    return new SynthesisExtension(factory, cdkValidator, step);
  }

  /**
   * The same extension, but requiring CDK's built-in validator to be on (the JVM launched
   * without {@code CDK_VALIDATION=false}); each synthesis then takes several times as long.
   */
  public SynthesisExtension withCdkValidator() {
    return new SynthesisExtension(factory, true, afterSynthesis);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return PROVIDED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Synthesis synthesis = synthesisFor(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == SynthesizedApp.class) {
      return synthesis.app();
    }
    if (type == Templates.class) {
      return synthesis.app().templates();
    }
    if (type == SynthResult.class) {
      return synthesis.result();
    }
    // PlatformApp.synth() always runs the policy check, so the result always holds a report.
    return synthesis.result().policy();
  }

  /**
   * Builds and synthesizes the app again into {@code outdir}, bypassing the cache: for tests
   * that compare two syntheses on purpose, such as a determinism check.
   */
  public SynthesizedApp synthesizeInto(Path outdir) throws Exception {
    requireCdkValidationSetting(System.getenv(VARIABLE), cdkValidator);
    SynthResult result = factory.create(outdir).synth();
    afterSynthesis.accept(result);
    return result.app();
  }

  private Synthesis synthesisFor(ExtensionContext context) {
    ExtensionContext owner = topLevelClassContext(context);
    return owner.getStore(ExtensionContext.Namespace.create(SynthesisExtension.class, this))
        .getOrComputeIfAbsent(Synthesis.class, k -> synthesize(owner), Synthesis.class);
  }

  private Synthesis synthesize(ExtensionContext owner) {
    requireCdkValidationSetting(System.getenv(VARIABLE), cdkValidator);
    // cdk.out in a directory of its own: the lock file, and a rejected assembly, go beside it.
    Path workspace;
    try {
      workspace = Files.createTempDirectory("groundwork-synth-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for the cloud assembly", e);
    }
    Path outdir = workspace.resolve("cdk.out");
    Stopwatch stopwatch = Stopwatch.createStarted();
    SynthResult result;
    try {
      result = factory.create(outdir).synth();
      afterSynthesis.accept(result);
    } catch (RuntimeException e) {
      deleteRecursively(workspace);
      throw e;
    } catch (Exception e) {
      deleteRecursively(workspace);
      throw new IllegalStateException("building, synthesizing or checking the app for " + owner.getDisplayName()
          + " failed: " + e, e);
    }
    Synthesis synthesis = new Synthesis(result, result.app(), workspace);
    owner.publishReportEntry("groundwork.synth", String.format(Locale.ROOT, "%d stacks in %.2f s into %s",
        result.stacks().size(), stopwatch.elapsed().toNanos() / 1e9, result.assemblyDirectory()));
    return synthesis;
  }

  /** The class context that owns the cache: the outermost test class, shared by its @Nested classes. */
  private static ExtensionContext topLevelClassContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getParent().isPresent() && current.getParent().get().getTestClass().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /**
   * Fails unless {@code CDK_VALIDATION} (as the test JVM, and so jsii's Node process, sees it)
   * matches what the class asked for.
   */
  static void requireCdkValidationSetting(String value, boolean validatorWanted) {
    boolean off = "false".equals(value);
    if (!validatorWanted && !off) {
      throw new ExtensionConfigurationException(("CDK_VALIDATION is %s in this JVM's environment, so "
          + "aws-cdk-lib would run its built-in CloudFormation validator on every synthesis, which makes it "
          + "several times slower; Groundwork's policy engine is the synth-time check. The variable must be set "
          + "where the JVM is launched (it cannot be changed from inside it):%n"
          + "  Maven:  maven-surefire-plugin <configuration><environmentVariables>"
          + "<CDK_VALIDATION>false</CDK_VALIDATION></environmentVariables>%n"
          + "  Gradle: test { environment 'CDK_VALIDATION', 'false' }%n"
          + "  IDE:    add CDK_VALIDATION=false to the run configuration's environment variables.%n"
          + "To run this class with CDK's validator on deliberately, register "
          + "SynthesisExtension.of(...).withCdkValidator() and launch the JVM without CDK_VALIDATION=false.")
          .formatted(value == null ? "not set" : "'" + value + "'"));
    }
    if (validatorWanted && off) {
      throw new ExtensionConfigurationException("This class asks for CDK's built-in validator "
          + "(withCdkValidator()), but CDK_VALIDATION=false in this JVM's environment turns it off. "
          + "Launch the test JVM without CDK_VALIDATION=false (in Groundwork's build: mvn test "
          + "-Dgroundwork.cdkValidation=true), or drop withCdkValidator().");
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary cloud assembly " + dir, e);
    }
  }

  /** One synthesis, closed (its directory deleted) when the owning class's store closes. */
  private record Synthesis(SynthResult result, SynthesizedApp app, Path workspace) implements AutoCloseable {
    @Override
    public void close() {
      deleteRecursively(workspace);
    }
  }
}
