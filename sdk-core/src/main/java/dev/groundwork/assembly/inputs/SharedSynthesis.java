package dev.groundwork.assembly.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@value #FILE}: the synth goal's run, written before the tests run (the {@code share-synth}
 * goal), so that a test run synthesizing the same main class can stand for the goal's synthesis
 * instead of the build paying for two.
 *
 * <p>It holds what the goal would run (main class, arguments, working directory, Java), the class
 * path it would run it on, the environment variables and system properties it would give it (as
 * hashes: values may hold secrets) and the fingerprint of all its inputs. A test JVM whose own
 * run of that main matches it in every one of these ({@link #differences}) records its assembly
 * with that fingerprint ({@link #fulfil}); the synth goal then finds its inputs unchanged and
 * skips. The goal always recomputes its inputs, so a test run that synthesized from anything else
 * (a class changed since, another variable) cannot make it skip.
 *
 * @param mainClass the app's main class
 * @param arguments the arguments of its {@code main}
 * @param workingDirectory where it runs (its {@code cdk.out} is relative to it)
 * @param javaHome the Java the goal would run it on
 * @param classpath the goal's class path, in order
 * @param environment each variable that can change the synthesis, with the hash of the goal's value
 * @param systemProperties each declared system property, with the hash of the goal's value
 * @param inputs the inputs the goal would fingerprint
 */
public record SharedSynthesis(String mainClass, List<String> arguments, Path workingDirectory, Path javaHome,
    List<Path> classpath, Map<String, String> environment, Map<String, String> systemProperties,
    SynthInputs inputs) {
  /** The file's name in the goal's state directory ({@code target/groundwork}). */
  public static final String FILE = "shared-synthesis.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public SharedSynthesis {
    arguments = List.copyOf(arguments);
    classpath = List.copyOf(classpath);
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    systemProperties = Collections.unmodifiableMap(new LinkedHashMap<>(systemProperties));
  }

  /** How one JVM runs the app: what {@link #differences} compares with. */
  public record Observed(String mainClass, List<String> arguments, Path workingDirectory, Path javaHome,
      List<Path> classpath, UnaryOperator<String> environment, UnaryOperator<String> systemProperty) {}

  /**
   * What makes {@code jvm}'s synthesis something other than the goal's, one line each; empty when
   * nothing does, apart from the class path entries the goal does not have: {@link #extraEntries}
   * lists those, for the caller to check they change nothing ({@link ClasspathExtras}).
   */
  public List<String> differences(Observed jvm) {
    List<String> differences = new ArrayList<>();
    if (!mainClass.equals(jvm.mainClass())) {
      differences.add("main class " + jvm.mainClass() + ", the synth goal's is " + mainClass);
    }
    if (!arguments.equals(jvm.arguments())) {
      differences.add("arguments " + jvm.arguments() + ", the synth goal's are " + arguments);
    }
    if (!normalized(workingDirectory).equals(normalized(jvm.workingDirectory()))) {
      differences.add("working directory " + jvm.workingDirectory() + ", the synth goal's is " + workingDirectory);
    }
    if (!normalized(javaHome).equals(normalized(jvm.javaHome()))) {
      differences.add("Java " + jvm.javaHome() + ", the synth goal's is " + javaHome);
    }
    environment.forEach((name, hash) -> {
      if (!hashOf(jvm.environment().apply(name)).equals(hash)) {
        differences.add("environment variable " + name + " differs from the synth goal's");
      }
    });
    systemProperties.forEach((name, hash) -> {
      if (!hashOf(jvm.systemProperty().apply(name)).equals(hash)) {
        differences.add("system property " + name + " differs from the synth goal's");
      }
    });
    List<Path> goal = normalized(classpath);
    List<Path> shared = normalized(jvm.classpath()).stream().filter(goal::contains).toList();
    if (!shared.equals(goal)) {
      differences.add("class path: the synth goal's entries are not all there, in its order");
    }
    return differences;
  }

  /** The entries of {@code jvm}'s class path that the goal's does not have (test classes, test libraries). */
  public List<Path> extraEntries(Observed jvm) {
    List<Path> goal = normalized(classpath);
    return normalized(jvm.classpath()).stream().filter(entry -> !goal.contains(entry)).toList();
  }

  /**
   * Records {@code assembly}, synthesized by {@code by} from what {@link #differences} found equal,
   * as the synthesis of {@link #inputs}: in the assembly ({@value InputsRecord#FILE}) and in the
   * goal's state directory, where the synth goal looks.
   */
  public void fulfil(Path stateDirectory, Path assembly, String by) throws IOException {
    new PreviousSynthesis(stateDirectory).remember(inputs, assembly, by);
  }

  /** The hash recorded for a variable's or property's value; {@code null} (unset) is {@value ContentHash#ABSENT}. */
  public static String hashOf(String value) {
    return value == null ? ContentHash.ABSENT : ContentHash.of(value);
  }

  /** Writes {@value #FILE} into {@code stateDirectory}. */
  public void writeTo(Path stateDirectory) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("about", "What groundwork:synth would run in this build, written before the tests: a test run that "
        + "synthesizes the same main class under the same conditions records its assembly for the goal, which then "
        + "skips. Values are SHA-256 hashes.");
    root.put("mainClass", mainClass);
    ArrayNode args = root.putArray("arguments");
    arguments.forEach(args::add);
    root.put("workingDirectory", workingDirectory.toString());
    root.put("javaHome", javaHome.toString());
    ArrayNode entries = root.putArray("classpath");
    classpath.forEach(entry -> entries.add(entry.toString()));
    ObjectNode env = root.putObject("environment");
    environment.forEach(env::put);
    ObjectNode properties = root.putObject("systemProperties");
    systemProperties.forEach(properties::put);
    root.put("fingerprint", inputs.fingerprint());
    ObjectNode each = root.putObject("inputs");
    inputs.hashes().forEach(each::put);
    Files.createDirectories(stateDirectory);
    Files.writeString(stateDirectory.resolve(FILE), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /** The file in {@code stateDirectory}; empty when there is none. */
  public static Optional<SharedSynthesis> read(Path stateDirectory) throws IOException {
    Path file = stateDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    SynthInputs inputs = SynthInputs.of(strings(root.path("inputs")));
    if (!inputs.fingerprint().equals(root.path("fingerprint").asText())) {
      throw new IOException(file + " does not match its own fingerprint");
    }
    List<String> arguments = new ArrayList<>();
    root.path("arguments").forEach(arg -> arguments.add(arg.asText()));
    List<Path> classpath = new ArrayList<>();
    root.path("classpath").forEach(entry -> classpath.add(Path.of(entry.asText())));
    return Optional.of(new SharedSynthesis(root.path("mainClass").asText(), arguments,
        Path.of(root.path("workingDirectory").asText()), Path.of(root.path("javaHome").asText()), classpath,
        strings(root.path("environment")), strings(root.path("systemProperties")), inputs));
  }

  /** Deletes the file from {@code stateDirectory}, if there. */
  public static void forget(Path stateDirectory) throws IOException {
    Files.deleteIfExists(stateDirectory.resolve(FILE));
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      values.put(entry.getKey(), entry.getValue().asText());
    }
    return values;
  }

  private static List<Path> normalized(List<Path> paths) {
    return paths.stream().map(SharedSynthesis::normalized).toList();
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
