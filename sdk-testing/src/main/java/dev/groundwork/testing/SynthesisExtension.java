package dev.groundwork.testing;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.policy.PolicyReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that synthesizes an app once and hands tests the result by parameter: a
 * class of thirty tests pays for one synthesis, and so do ten classes that register the same
 * extension.
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
 * before tests see it, e.g. copying the assembly for inspection. The app is synthesized on first
 * use into a temporary directory ({@link #ofMain}: where its main writes).
 *
 * <p><b>One synthesis per test run.</b> Every test class (and its {@code @Nested} classes) that
 * registers an equal extension in the same test run (a surefire fork) gets the same synthesis:
 * two extensions are equal when they have the same app factory object, the same after-synthesis
 * step object and the same CDK-validator setting, everything that can make two syntheses differ
 * (the output directory is a fresh temporary one, or the main's own). Lambdas are equal only to themselves,
 * so classes share by registering one extension declared once, e.g. {@code static final
 * SynthesisExtension SYNTH = OrdersSynthesis.SHARED;}; a class that declares its own factory
 * gets its own synthesis. The shared result is immutable; its temporary directory lives until
 * the test run ends, so no class can delete it under another. A class that needs a synthesis of
 * its own (for example to change files in the assembly) registers {@link #isolated()}: that
 * synthesis is cached for the class alone and deleted when the class finishes.
 *
 * <p><b>The synth goal's synthesis.</b> {@link #ofMain} synthesizes exactly what the app's {@code
 * main} synthesizes, into the directory it writes ({@code cdk.out}, or {@code $CDK_OUTDIR}): what
 * {@code groundwork:synth} runs in {@code package}. When the build ran {@code
 * groundwork:share-synth} before the tests (groundwork-app-parent does), and this JVM runs the main
 * as the goal would, the assembly is recorded with the goal's inputs and the goal skips: one
 * synthesis per build instead of two. The extension prints one line saying whether it stood in,
 * or why not.
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
  /** Report entry key each class publishes once: whether it synthesized or reused a shared synthesis. */
  static final String REPORT_KEY = "groundwork.synth";
  /** Syntheses this JVM ran through the cache (shared or isolated), for tests and benchmarks. */
  private static final AtomicInteger SYNTHESES = new AtomicInteger();
  private static final AfterSynthesis NO_STEP = result -> {};
  private static final Set<Class<?>> PROVIDED =
      ImmutableSet.of(SynthesizedApp.class, Templates.class, PolicyReport.class, SynthResult.class);

  private final AppFactory factory;
  private final boolean cdkValidator;
  private final AfterSynthesis afterSynthesis;
  private final boolean isolated;

  private SynthesisExtension(AppFactory factory, boolean cdkValidator, AfterSynthesis afterSynthesis,
      boolean isolated) {
    this.factory = factory;
    this.cdkValidator = cdkValidator;
    this.afterSynthesis = afterSynthesis;
    this.isolated = isolated;
  }

  /**
   * An extension that synthesizes the app {@code factory} builds, with CDK's validator off,
   * shared with every class that registers this same extension.
   */
  public static SynthesisExtension of(AppFactory factory) {
    return new SynthesisExtension(factory, false, NO_STEP, false);
  }

  /**
   * An extension that synthesizes the app {@code mainClass}'s {@code main(arguments)} builds (the
   * factory it passes to {@code SynthCommand.run}), where that main writes it, standing for the
   * synth goal's synthesis when the build shares it (see the class comment). Shared with every
   * class that registers {@code ofMain} of the same main class and arguments.
   */
  public static SynthesisExtension ofMain(Class<?> mainClass, String... arguments) {
    return new SynthesisExtension(new MainClassApp(mainClass, List.of(arguments)), false, NO_STEP, false);
  }

  /** The app a main class builds; equal for the same class and arguments, so such extensions share. */
  private record MainClassApp(Class<?> mainClass, List<String> arguments) implements AppFactory {
    @Override
    public PlatformApp create(Path outdir) {
      return SynthCommand.appOf(mainClass, arguments.toArray(String[]::new)).get();
    }
  }

  /** The same extension, running {@code step} on each synthesis result before tests see it. */
  public SynthesisExtension afterSynthesis(AfterSynthesis step) {
    return new SynthesisExtension(factory, cdkValidator, step, isolated);
  }

  /**
   * The same app, but a synthesis of the registering class's own: made for it alone (its
   * {@code @Nested} classes included) and deleted when it finishes. For a class that changes
   * files in the assembly, or must not see a result another class has seen.
   */
  public SynthesisExtension isolated() {
    return new SynthesisExtension(factory, cdkValidator, afterSynthesis, true);
  }

  /**
   * The same extension, but requiring CDK's built-in validator to be on (the JVM launched
   * without {@code CDK_VALIDATION=false}); each synthesis then takes several times as long.
   */
  public SynthesisExtension withCdkValidator() {
    return new SynthesisExtension(factory, true, afterSynthesis, isolated);
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
    if (factory instanceof MainClassApp main) {
      throw new ExtensionConfigurationException("synthesizeInto(" + outdir + ") cannot choose where "
          + main.mainClass().getName() + ".main writes; for a synthesis into a directory of the test's choosing, use "
          + "SynthesisExtension.of(outdir -> ...) with a factory that takes the output directory");
    }
    requireCdkValidationSetting(System.getenv(VARIABLE), cdkValidator);
    SynthResult result = factory.create(outdir).synth();
    afterSynthesis.accept(result);
    return result.app();
  }

  /** How many syntheses this JVM has run through the extension's cache (not {@link #synthesizeInto}). */
  static int synthesesInThisJvm() {
    return SYNTHESES.get();
  }

  private Synthesis synthesisFor(ExtensionContext context) {
    ExtensionContext owner = topLevelClassContext(context);
    // A shared synthesis lives in the root store, closed when the whole test run ends; an
    // isolated one in the class's store, closed when the class ends.
    ExtensionContext.Store store = isolated
        ? owner.getStore(ExtensionContext.Namespace.create(SynthesisExtension.class, this))
        : owner.getRoot().getStore(ExtensionContext.Namespace.create(SynthesisExtension.class));
    Object key = isolated ? Synthesis.class : sharingKey();
    Synthesis synthesis = store.getOrComputeIfAbsent(key, k -> synthesize(owner), Synthesis.class);
    // One report entry per class: whether this class made the synthesis or reused one.
    owner.getStore(ExtensionContext.Namespace.create(SynthesisExtension.class, this, "reported"))
        .getOrComputeIfAbsent(owner.getUniqueId(), id -> {
          owner.publishReportEntry(REPORT_KEY, synthesis.describeFor(owner));
          return Boolean.TRUE;
        });
    return synthesis;
  }

  /** Everything that can make two syntheses differ; the output directory is a fresh one, or the main's. */
  SharingKey sharingKey() {
    return new SharingKey(factory, afterSynthesis, cdkValidator);
  }

  /**
   * The key of a shared synthesis: the factory and the step compare with their own {@code
   * equals}, which for a lambda or an anonymous class is identity, so two classes share only
   * what was declared once (or factories that say they are equal).
   */
  record SharingKey(AppFactory factory, AfterSynthesis afterSynthesis, boolean cdkValidator) {}

  private Synthesis synthesize(ExtensionContext owner) {
    requireCdkValidationSetting(System.getenv(VARIABLE), cdkValidator);
    // A main writes where it writes; any other app gets cdk.out in a temporary directory of its own
    // (the lock file, and a rejected assembly, go beside it).
    MainClassApp main = factory instanceof MainClassApp app ? app : null;
    Optional<Path> workspace = main != null ? Optional.empty() : Optional.of(temporaryWorkspace());
    Stopwatch stopwatch = Stopwatch.createStarted();
    SynthResult result;
    try {
      result = factory.create(workspace.map(dir -> dir.resolve("cdk.out")).orElse(null)).synth();
      if (main != null) {
        // Offered to the synth goal before any step can change the assembly.
        SynthGoalStandIn.offer(main.mainClass(), main.arguments(), result, owner.getDisplayName())
            .ifPresent(line -> System.out.println("[groundwork] " + line));
      }
      afterSynthesis.accept(result);
    } catch (RuntimeException e) {
      workspace.ifPresent(SynthesisExtension::deleteRecursively);
      throw e;
    } catch (Exception e) {
      workspace.ifPresent(SynthesisExtension::deleteRecursively);
      throw new IllegalStateException("building, synthesizing or checking the app for " + owner.getDisplayName()
          + " failed: " + e, e);
    }
    SYNTHESES.incrementAndGet();
    return new Synthesis(result, result.app(), workspace, owner.getUniqueId(), owner.getDisplayName(),
        stopwatch.elapsed(), isolated);
  }

  private static Path temporaryWorkspace() {
    try {
      return Files.createTempDirectory("groundwork-synth-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for the cloud assembly", e);
    }
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

  /**
   * One synthesis, closed (its temporary workspace deleted; a main's output directory is kept)
   * when the store holding it closes: the class's for an isolated one, the test run's for a shared one.
   */
  private record Synthesis(SynthResult result, SynthesizedApp app, Optional<Path> workspace, String madeFor,
      String madeForName, Duration took, boolean isolated) implements AutoCloseable {
    String describeFor(ExtensionContext context) {
      String what = String.format(Locale.ROOT, "%d stacks in %.2f s into %s", result.stacks().size(),
          took.toNanos() / 1e9, result.assemblyDirectory());
      if (isolated) {
        return "synthesized " + what + " (isolated: this class's own)";
      }
      return madeFor.equals(context.getUniqueId())
          ? "synthesized " + what + " (shared with every class registering the same extension)"
          : "reused the shared synthesis made for " + madeForName + ": " + what;
    }

    @Override
    public void close() {
      workspace.ifPresent(SynthesisExtension::deleteRecursively);
    }
  }
}
