package dev.groundwork.constructs.recipe;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The construct recipe {@code SecureVpc} shows, as checks over one module's compiled classes and
 * sources. Each violation names the class, the broken rule and the fix.
 *
 * <p>A public construct with a public constructor: exactly one, {@code (Construct scope, String id,
 * XProps props)}, with {@code XProps} an {@code @Value.Immutable @GroundworkStyle} interface with
 * {@code XProps.builder()}; an {@code XDefaults} with a static {@code resolve(XProps, PlatformContext[,
 * Problems])} returning the record {@code XSettings}, every component documented with
 * {@code @param}, the resolver pure Java (no scope, no jsii call). A public construct without a
 * public constructor is a part another construct or a factory makes ({@code HardenedTaskDefinition},
 * {@code CustomResourceProviderLogs.of}, a watcher from {@code Monitoring.add*}); if it reads the
 * tier itself ({@code PlatformContext}) it needs the same {@code XDefaults} and {@code XSettings}.
 * Every public construct exposes a CDK object (an escape hatch). In every main source: tier
 * literals only in {@code *Defaults.java}, and there only as {@code ByTier} tables; every
 * {@code @Value.Check} collects with {@code Problems} and throws once.
 */
public final class ConstructRecipe {
  private static final Pattern TIER_LITERAL = Pattern.compile(
      "\\bTier\\.(DEV|STAGING|PROD)\\b|\\bcase\\s+(DEV|STAGING|PROD)\\b|\\bByTier\\.of\\b|import\\s+static\\s+[\\w.]*\\bTier\\.");
  private static final Pattern TIER_BRANCH = Pattern.compile(
      "\\bcase\\s+(DEV|STAGING|PROD)\\b|[=!]=\\s*Tier\\.\\w+|Tier\\.\\w+\\s*[=!]=|switch\\s*\\(\\s*[\\w.()]*[tT]ier\\(?\\)?\\s*\\)");
  private static final Pattern THROWS_FIRST = Pattern.compile(
      "\\bthrow\\s+new\\b|\\bcheckArgument\\s*\\(|\\bcheckState\\s*\\(|GroundworkValidationException\\s*\\.\\s*throwIfAny");
  private static final Pattern IMPURE = Pattern.compile(
      "import\\s+software\\.constructs\\.|\\bStack\\.of\\s*\\(|PlatformContext\\.of\\s*\\(|\\.getNode\\s*\\(");
  private static final Pattern CALL = Pattern.compile("(?<![\\w.])(?:(\\w+)\\s*\\.\\s*)?(\\w+)\\s*\\(");

  private final ModuleClasses classes;
  private final JavaSources sources;

  private ConstructRecipe(ModuleClasses classes, JavaSources sources) {
    this.classes = classes;
    this.sources = sources;
  }

  /** The recipe over a module's compiled main classes and main sources. */
  public static ConstructRecipe of(Path mainClasses, Path mainSources) {
    return new ConstructRecipe(ModuleClasses.at(mainClasses), JavaSources.at(mainSources));
  }

  /** The recipe over this module ({@code target/classes}, {@code src/main/java}), as Maven runs tests. */
  public static ConstructRecipe ofThisModule() {
    return of(Path.of("target", "classes"), Path.of("src", "main", "java"));
  }

  /** The public constructs the checks cover. */
  public List<Class<?>> publicConstructs() {
    return classes.publicConstructs();
  }

  /** Every violation of the recipe in the module, one line each, in a stable order. */
  public List<String> violations() {
    List<String> found = new ArrayList<>();
    for (Class<?> construct : publicConstructs()) {
      found.addAll(constructorProblems(construct));
      if (hasPublicConstructor(construct) || readsTheTier(construct)) {
        found.addAll(defaultsProblems(construct));
      }
      found.addAll(escapeHatchProblems(construct));
    }
    Map<String, Map<String, List<String>>> methods = methodIndex();
    for (Path file : sources.files()) {
      String name = JavaSources.typeName(file);
      String source = JavaSources.read(file);
      found.addAll(tierLiteralProblems(name, source));
      found.addAll(valueCheckProblems(name, source, methods));
    }
    return found;
  }

  private static boolean hasPublicConstructor(Class<?> construct) {
    return construct.getConstructors().length > 0;
  }

  private boolean readsTheTier(Class<?> construct) {
    return sources.sourceOf(construct).map(JavaSources::code).filter(code -> code.contains("PlatformContext")).isPresent();
  }

  /** The constructor rule for one public construct; none for a part without a public constructor. */
  public List<String> constructorProblems(Class<?> construct) {
    Constructor<?>[] constructors = construct.getConstructors();
    String name = construct.getSimpleName();
    String props = name + "Props";
    String expected = "(Construct scope, String id, " + props + " props)";
    if (constructors.length == 0) {
      return List.of();
    }
    if (constructors.length > 1) {
      return List.of(name + ": has " + constructors.length + " public constructors; the recipe has one, " + expected
          + ". Fix: fold the others into " + props + " (a factory method may stay for a different source, e.g. fromArn).");
    }
    Class<?>[] parameters = constructors[0].getParameterTypes();
    if (parameters.length != 3 || parameters[0] != Construct.class || parameters[1] != String.class
        || !parameters[2].getName().equals(construct.getPackageName() + "." + props)) {
      return List.of(name + ": public constructor is " + signature(parameters) + ", not " + expected
          + ". Fix: take every input in " + props + ", an @Value.Immutable @GroundworkStyle interface.");
    }
    return propsProblems(name, parameters[2]);
  }

  private List<String> propsProblems(String construct, Class<?> props) {
    List<String> found = new ArrayList<>();
    String where = construct + ": " + props.getSimpleName();
    boolean builder = Arrays.stream(props.getMethods())
        .anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0);
    if (!props.isInterface() || !builder || classes.sibling(props, "Immutable" + props.getSimpleName()).isEmpty()) {
      found.add(where + " is not an Immutables value with a static builder(). Fix: declare it as an interface "
          + "annotated @Value.Immutable @GroundworkStyle with static Builder builder() { return new Builder(); }.");
    }
    Optional<String> source = sources.sourceOf(props);
    if (source.isPresent() && !(source.get().contains("@Value.Immutable") && source.get().contains("@GroundworkStyle"))) {
      found.add(where + " lacks @Value.Immutable or @GroundworkStyle. Fix: annotate it with both, as SecureVpcProps is.");
    }
    return found;
  }

  /** The defaults rule: an XDefaults.resolve returning a documented record XSettings, pure Java. */
  public List<String> defaultsProblems(Class<?> construct) {
    String name = construct.getSimpleName();
    String fix = " Fix: add " + name + "Defaults with static " + name + "Settings resolve(" + name
        + "Props props, PlatformContext context[, Problems problems]) and a record " + name
        + "Settings, as SecureVpcDefaults and SecureVpcSettings are.";
    Optional<Class<?>> defaults = classes.sibling(construct, name + "Defaults");
    if (defaults.isEmpty()) {
      return List.of(name + ": no " + name + "Defaults resolving its settings." + fix);
    }
    Optional<Method> resolve = resolver(defaults.get());
    if (resolve.isEmpty()) {
      return List.of(name + ": " + name + "Defaults has no static resolve(props, PlatformContext[, Problems])." + fix);
    }
    List<String> found = new ArrayList<>();
    Class<?> props = resolve.get().getParameterTypes()[0];
    if (hasPublicConstructor(construct) && !props.getSimpleName().equals(name + "Props")) {
      found.add(name + ": " + name + "Defaults.resolve takes " + props.getSimpleName() + ", not " + name + "Props." + fix);
    }
    Class<?> settings = resolve.get().getReturnType();
    if (!settings.isRecord() || !settings.getSimpleName().equals(name + "Settings")) {
      found.add(name + ": " + name + "Defaults.resolve returns " + settings.getSimpleName() + ", not the record "
          + name + "Settings." + fix);
    } else {
      found.addAll(settingsDocProblems(name, settings));
    }
    sources.sourceOf(defaults.get()).map(JavaSources::code).map(IMPURE::matcher).filter(Matcher::find).ifPresent(m ->
        found.add(name + ": " + name + "Defaults is not pure Java (it uses '" + m.group().strip() + "'). Fix: resolve "
            + "from the props and the PlatformContext only, so the defaults tables can call it for every tier "
            + "without a scope; do what needs the construct tree in the construct."));
    return found;
  }

  /** The static {@code resolve(X, PlatformContext[, Problems])} of a defaults class, if it has one. */
  static Optional<Method> resolver(Class<?> defaults) {
    return Arrays.stream(defaults.getDeclaredMethods())
        .filter(m -> m.getName().equals("resolve") && Modifier.isStatic(m.getModifiers()))
        .filter(m -> {
          Class<?>[] p = m.getParameterTypes();
          return (p.length == 2 || p.length == 3 && p[2] == Problems.class) && p[1] == PlatformContext.class;
        })
        .findFirst();
  }

  private List<String> settingsDocProblems(String construct, Class<?> settings) {
    Optional<String> source = sources.sourceOf(settings);
    if (source.isEmpty()) {
      return List.of(construct + ": no source for " + settings.getSimpleName() + " under " + sources.root() + ".");
    }
    Map<String, String> params = JavaSources.recordParams(source.get(), settings.getSimpleName());
    List<String> found = new ArrayList<>();
    for (RecordComponent component : settings.getRecordComponents()) {
      if (!params.containsKey(component.getName())) {
        found.add(construct + ": " + settings.getSimpleName() + "." + component.getName() + " has no @param. Fix: "
            + "document it in the record's doc comment; the defaults tables print it as the setting's meaning.");
      }
      if (component.getType().isRecord() && component.getType().getSimpleName().endsWith("Settings")) {
        found.addAll(settingsDocProblems(construct, component.getType()));
      }
    }
    return found;
  }

  /** The escape-hatch rule: at least one public accessor returning a CDK object. */
  public List<String> escapeHatchProblems(Class<?> construct) {
    boolean exposes = Arrays.stream(construct.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass().getName().startsWith("dev.groundwork."))
        .anyMatch(m -> isCdkType(m.getReturnType()) || argumentIsCdkType(m.getGenericReturnType()));
    return exposes ? List.of() : List.of(construct.getSimpleName() + ": exposes no CDK object. Fix: add an accessor "
        + "for the CDK objects inside (e.g. vpc(), cluster(), bucket()), so users can extend what Groundwork does not wrap.");
  }

  private static boolean isCdkType(Class<?> type) {
    return type.getName().startsWith("software.amazon.awscdk.") || IConstruct.class.isAssignableFrom(type);
  }

  private static boolean argumentIsCdkType(Type type) {
    return type instanceof ParameterizedType p && Arrays.stream(p.getActualTypeArguments())
        .anyMatch(a -> a instanceof Class<?> c && isCdkType(c));
  }

  /**
   * The tier-literal rule for one source file: {@code Tier.DEV}, {@code case PROD}, {@code ByTier.of}
   * only in a {@code *Defaults.java} resolver, and there only as {@code ByTier} tables.
   */
  public static List<String> tierLiteralProblems(String typeName, String source) {
    String code = JavaSources.code(source);
    if (typeName.endsWith("Defaults")) {
      Matcher branch = TIER_BRANCH.matcher(code);
      return branch.find() ? List.of(typeName + ": branches on the tier ('" + branch.group().strip() + "', line "
          + line(code, branch.start()) + "). Fix: write the value as a table, ByTier.of(dev, staging, prod).get(tier).")
          : List.of();
    }
    Matcher literal = TIER_LITERAL.matcher(code);
    List<String> found = new ArrayList<>();
    while (literal.find()) {
      found.add(typeName + ": tier literal '" + literal.group().strip() + "' (line " + line(code, literal.start())
          + ") outside a *Defaults resolver. Fix: resolve the value in the construct's XDefaults with "
          + "ByTier.of(dev, staging, prod).get(context.tier()) and read it from XSettings.");
    }
    return found;
  }

  /**
   * The value-check rule for one source file: every {@code @Value.Check} records its problems in a
   * {@code Problems} and throws once; neither it nor a method it calls throws on the first problem.
   */
  public static List<String> valueCheckProblems(String typeName, String source,
      Map<String, Map<String, List<String>>> methods) {
    String code = JavaSources.code(source);
    List<String> found = new ArrayList<>();
    int at = code.indexOf("@Value.Check");
    while (at >= 0) {
      String body = JavaSources.block(code, code.indexOf('{', at));
      String fix = " Fix: record each problem with Problems.ofValue(\"" + typeName + "\").add(...) and call "
          + "problems.throwIfAny() once at the end.";
      Matcher first = THROWS_FIRST.matcher(body);
      if (first.find()) {
        found.add(typeName + ": @Value.Check throws on the first problem ('" + first.group().strip() + "')." + fix);
      } else if (!body.contains("Problems") || !body.contains(".throwIfAny()")) {
        found.add(typeName + ": @Value.Check does not collect its problems in a Problems." + fix);
      }
      Matcher call = CALL.matcher(body);
      while (call.find()) {
        String owner = call.group(1) == null ? typeName : call.group(1);
        for (String callee : methods.getOrDefault(owner, Map.of()).getOrDefault(call.group(2), List.of())) {
          Matcher thrown = THROWS_FIRST.matcher(callee);
          if (thrown.find()) {
            found.add(typeName + ": @Value.Check calls " + owner + "." + call.group(2) + ", which throws on the first "
                + "problem ('" + thrown.group().strip() + "'). Fix: let it record into the caller's Problems.");
          }
        }
      }
      at = code.indexOf("@Value.Check", at + 1);
    }
    return found.stream().distinct().toList();
  }

  /** Every method body of the module's main sources, by type and method name. */
  Map<String, Map<String, List<String>>> methodIndex() {
    Map<String, Map<String, List<String>>> index = new HashMap<>();
    for (Path file : sources.files()) {
      index.put(JavaSources.typeName(file), JavaSources.methodBodies(JavaSources.code(JavaSources.read(file))));
    }
    return index;
  }

  private static int line(String code, int offset) {
    return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String signature(Class<?>[] parameters) {
    return Arrays.stream(parameters).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
  }
}
