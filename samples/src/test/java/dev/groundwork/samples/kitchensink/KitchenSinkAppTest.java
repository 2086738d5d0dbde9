package dev.groundwork.samples.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.policy.Finding;
import dev.groundwork.samples.OtherJvmSynthesis;
import dev.groundwork.testing.SynthesisExtension;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The kitchen sink, every public construct with every option, synthesizes in this JVM and in one
 * that iterates {@code Set.of} and {@code Map.of} the other way round, into the same bytes: every
 * template, manifest, asset and metadata file, the tree and every report. One synthesis per JVM.
 * Two more tests keep the sink whole: one fails when a public construct of groundwork-constructs or
 * groundwork-pipelines is not in its construct tree, one when an option of their props and option
 * types is set nowhere in its sources.
 */
class KitchenSinkAppTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** The modules whose constructs and options the sink must use. */
  private static final List<String> MODULES = List.of("sdk-constructs", "sdk-pipelines");
  /** The app the extension synthesized, for the walk over its construct tree. */
  private static final AtomicReference<PlatformApp> APP = new AtomicReference<>();

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = KitchenSinkApp.create(Optional.of(outdir));
    APP.set(app);
    return app;
  });

  @Test
  void passesThePolicyCheckSoItsAssemblyIsTheOutputDirectorys(SynthResult result) {
    assertThat(result.policy().errors()).extracting(Finding::toString).isEmpty();
    assertThat(result.accepted()).isTrue();
    assertThat(result.stacks()).extracting(s -> s.stackName()).contains("sink-dev-services", "sink-prod-platform",
        "sink-prod-recovery", "sink-delivery-pipeline", "sink-delivery-governance");
  }

  @Test
  void anotherJvmWritesAByteIdenticalAssemblyAndReports(SynthesizedApp first, @TempDir Path dir) throws Exception {
    OtherJvmSynthesis.assertWritesTheSameOutput(KitchenSinkApp.class, first.assemblyDirectory(), dir,
        "tree.json", "groundwork-report.json", "groundwork-report.sarif", "groundwork-junit.xml",
        "groundwork-report.html", "groundwork-cost.json", "groundwork-rules.md");
  }

  @Test
  void everyPublicConstructIsInTheSinksTree(SynthesizedApp synthesized) {
    TreeSet<String> used = APP.get().cdkApp().getNode().findAll().stream().map(IConstruct::getClass).map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> constructs = publicClasses().stream()
        .filter(c -> c.isAssignableTo(Construct.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(constructs).as("public constructs found").contains("dev.groundwork.constructs.compute.WebService",
        "dev.groundwork.pipelines.DeliveryPipeline");
    assertThat(constructs).as("public constructs the kitchen sink does not create").isSubsetOf(used);
  }

  /**
   * Every accessor of a public props or options type (one with a static {@code builder()}) is set
   * somewhere in the sink's sources, through its builder method or an {@code add}/{@code addAll}/
   * {@code put}/{@code putAll} one: read from the sources because a value equal to the default
   * leaves no other trace.
   */
  @Test
  void everyOptionOfEveryPropsTypeIsSetInTheSinksSources() throws Exception {
    String sources = sinkSources();
    TreeSet<String> unset = new TreeSet<>();
    TreeSet<String> types = new TreeSet<>();
    for (JavaClass type : publicClasses()) {
      Class<?> props = Class.forName(type.getName());
      if (!props.isInterface() || Stream.of(props.getMethods()).noneMatch(KitchenSinkAppTest::isBuilderFactory)) {
        continue;
      }
      types.add(props.getSimpleName());
      for (Method option : props.getDeclaredMethods()) {
        if (isOption(option) && !isSet(sources, option.getName())) {
          unset.add(props.getSimpleName() + "." + option.getName());
        }
      }
    }
    assertThat(types).as("props and options types found").contains("WebServiceProps", "DeliveryPipelineProps",
        "ContainerOptions");
    assertThat(unset).as("options the kitchen sink never sets").isEmpty();
  }

  private static boolean isBuilderFactory(Method method) {
    return Modifier.isStatic(method.getModifiers()) && method.getName().equals("builder")
        && method.getParameterCount() == 0;
  }

  private static boolean isOption(Method method) {
    return !Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
        && method.getParameterCount() == 0 && method.getReturnType() != void.class && !method.isSynthetic();
  }

  private static boolean isSet(String sources, String option) {
    String capitalized = Character.toUpperCase(option.charAt(0)) + option.substring(1);
    return Stream.of(option, "add" + capitalized, "addAll" + capitalized, "put" + capitalized,
        "putAll" + capitalized).anyMatch(method -> sources.contains("." + method + "("));
  }

  private static String sinkSources() throws IOException {
    Path dir = ROOT.resolve("samples/src/main/java/dev/groundwork/samples/kitchensink");
    try (Stream<Path> files = Files.list(dir)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file));
      }
      return all.toString();
    }
  }

  /** The public top-level classes of the modules' main code, outside their internal packages. */
  private static List<JavaClass> publicClasses() {
    List<Path> roots = MODULES.stream().map(m -> ROOT.resolve(m).resolve("target/classes")).toList();
    return new ClassFileImporter().importPaths(roots).stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .filter(c -> !c.getPackageName().contains(".internal"))
        .sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
  }
}
