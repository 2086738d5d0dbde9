package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No collection whose iteration order differs from one JVM to the next is created in the main
 * code of the published libraries that synthesize templates and write reports (groundwork-core,
 * -constructs, -pipelines, -testing), so none can reach a template, a report or a generated doc.
 *
 * <p>Why a ban on creation rather than a trace of what reaches CDK props and JSON writers: nearly
 * every map built in a construct is handed to CDK, and every report is built by iterating
 * collections, so a trace would have to follow values through Java and jsii to be any better;
 * and every banned form has an ordered replacement at no cost (Guava's {@code ImmutableMap.of} and
 * {@code ImmutableSet.of} keep the order written, {@code LinkedHashMap}/{@code LinkedHashSet}
 * keep insertion order, {@code TreeMap} and {@code EnumMap} sort). So the rule is strict, not
 * noisy, and holds without exemptions except the few {@link #REVIEWED} caches below, each with the
 * reason its order cannot leak.
 *
 * <p>Banned, read from the bytecode (so formatting, static imports and method references cannot
 * hide a call): the JDK's salted immutable collections with two or more elements ({@code Map.of},
 * {@code Set.of}, {@code Map.ofEntries}, {@code Map.copyOf}, {@code Set.copyOf}; a single element
 * has one order), the collectors that return hash-ordered collections ({@code toSet}, {@code
 * toMap} and {@code groupingBy} without a map supplier, {@code toUnmodifiableSet/Map}, the
 * concurrent ones), and the hash-ordered classes themselves ({@code HashMap}, {@code HashSet},
 * {@code IdentityHashMap}, {@code WeakHashMap}, {@code Hashtable}, {@code ConcurrentHashMap}),
 * whose order follows hash codes: per JVM for enums and other identity hashes, per JDK version for
 * the rest. The kitchen-sink app's cross-JVM test ({@code KitchenSinkAppTest}) is the end-to-end
 * proof; this rule covers the code paths no app exercises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderedCollectionsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** The published libraries whose output must be repeatable. */
  static final List<String> MODULES = List.of("sdk-core", "sdk-constructs", "sdk-pipelines", "sdk-testing");

  /**
   * The reviewed exceptions: a class and the banned member it may use, with why its order never
   * reaches any output.
   */
  static final Map<String, String> REVIEWED = reviewed(
      "dev.groundwork.app.internal.AssemblyDirectory#ConcurrentHashMap.newKeySet",
      "staging directories to delete at JVM exit; deletion order is invisible",
      "dev.groundwork.assembly.StackTemplate#ConcurrentHashMap.<init>",
      "a lazily built index of referrers, read by key only (referrers(type, property, id))",
      "dev.groundwork.assembly.Taggability#ConcurrentHashMap.<init>",
      "a cache of answers by resource type, read by key only (Taggability.of(type))");

  private JavaClasses classes;

  @org.junit.jupiter.api.BeforeAll
  void importMainClasses() {
    ClassFileImporter importer = new ClassFileImporter();
    List<Path> roots = MODULES.stream().map(m -> ROOT.resolve(m).resolve("target/classes")).toList();
    assertThat(roots).as("compiled main classes of %s (build them first)", MODULES).allMatch(Files::isDirectory);
    classes = importer.importPaths(roots);
  }

  @Test
  void noMainClassCreatesACollectionOrderedPerJvm() {
    List<String> offending = new ArrayList<>();
    for (JavaClass owner : classes) {
      for (JavaAccess<?> access : accesses(owner)) {
        banned(access.getTarget()).filter(member -> !REVIEWED.containsKey(key(owner, member)))
            .ifPresent(member -> offending.add(owner.getName() + " uses " + member + " at "
                + access.getSourceCodeLocation()));
      }
    }
    assertThat(offending).as("collections iterated in a per-JVM (or per-JDK) order, created in main code;"
        + " use ImmutableMap.of/ImmutableSet.of, LinkedHashMap/LinkedHashSet, TreeMap, EnumMap, or a collector"
        + " with a LinkedHashMap/TreeMap supplier").isEmpty();
  }

  @Test
  void everyReviewedExceptionIsStillUsed() {
    TreeSet<String> used = new TreeSet<>();
    for (JavaClass owner : classes) {
      for (JavaAccess<?> access : accesses(owner)) {
        banned(access.getTarget()).map(member -> key(owner, member)).ifPresent(used::add);
      }
    }
    assertThat(used).as("reviewed exceptions still needed").containsAll(REVIEWED.keySet());
  }

  @Test
  void theRuleSeesEveryBannedForm() {
    JavaClass sample = new ClassFileImporter().importClass(BannedForms.class);
    List<String> found = accesses(sample).stream().map(a -> banned(a.getTarget())).flatMap(Optional::stream)
        .distinct().sorted().toList();
    assertThat(found).containsExactly("Collectors.groupingBy", "Collectors.toMap", "Collectors.toSet",
        "HashMap.<init>", "HashSet.<init>", "IdentityHashMap.<init>", "Map.copyOf", "Map.of", "Set.of");
  }

  /** Every call, constructor call and method reference of {@code owner}, lambdas included. */
  private static List<JavaAccess<?>> accesses(JavaClass owner) {
    List<JavaAccess<?>> all = new ArrayList<>();
    all.addAll(owner.getMethodCallsFromSelf());
    all.addAll(owner.getConstructorCallsFromSelf());
    all.addAll(owner.getMethodReferencesFromSelf());
    all.addAll(owner.getConstructorReferencesFromSelf());
    all.sort(Comparator.comparing(a -> a.getSourceCodeLocation().toString()));
    return all;
  }

  /** {@code Owner.member} when {@code target} creates a collection ordered per JVM. */
  static Optional<String> banned(AccessTarget target) {
    String owner = target.getOwner().getName();
    String name = target.getName();
    int parameters = target instanceof AccessTarget.CodeUnitAccessTarget unit ? unit.getRawParameterTypes().size() : 0;
    String member = target.getOwner().getSimpleName() + "." + name;
    boolean ban = switch (owner) {
      case "java.util.Map" -> (name.equals("of") && parameters >= 4) || name.equals("ofEntries")
          || name.equals("copyOf");
      case "java.util.Set" -> (name.equals("of") && parameters >= 2) || name.equals("copyOf");
      case "java.util.stream.Collectors" -> switch (name) {
        case "toSet", "toUnmodifiableSet", "toUnmodifiableMap", "toConcurrentMap", "groupingByConcurrent" -> true;
        case "toMap" -> parameters < 4;
        case "groupingBy" -> parameters < 3;
        default -> false;
      };
      case "java.util.HashMap", "java.util.HashSet", "java.util.IdentityHashMap", "java.util.WeakHashMap",
          "java.util.Hashtable" -> name.equals("<init>");
      case "java.util.concurrent.ConcurrentHashMap" -> name.equals("<init>") || name.equals("newKeySet");
      default -> false;
    };
    return ban ? Optional.of(member) : Optional.empty();
  }

  private static String key(JavaClass owner, String member) {
    JavaClass top = owner;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top.getName() + "#" + member;
  }

  private static Map<String, String> reviewed(String... pairs) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  /** One of each banned form, for {@link #theRuleSeesEveryBannedForm()}. */
  @SuppressWarnings("unused")
  static final class BannedForms {
    Object all(Collection<String> words) {
      return List.of(Map.of("a", 1, "b", 2), Set.of("a", "b"), Map.copyOf(Map.of()), new java.util.HashMap<>(),
          new java.util.HashSet<>(), new java.util.IdentityHashMap<>(), words.stream().collect(Collectors.toSet()),
          words.stream().collect(Collectors.toMap(w -> w, String::length)),
          words.stream().collect(Collectors.groupingBy(String::length)),
          // Allowed: one element has one order; a supplier fixes the order.
          Map.of("a", 1), Set.of("a"), words.stream().collect(Collectors.toMap(w -> w, String::length, (x, y) -> x,
              java.util.TreeMap::new)));
    }
  }
}
