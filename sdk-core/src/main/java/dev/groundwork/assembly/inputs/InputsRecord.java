package dev.groundwork.assembly.inputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@value #FILE}, written into a cloud assembly after the synth goal synthesized it (or a test run
 * synthesized it in the goal's stead, {@link SharedSynthesis}): the
 * fingerprint and every input by name with its hash, so a pipeline or a person can tell what
 * produced the assembly, and the hash of the assembly's own files, so a later build can tell the
 * assembly is still what the synthesis wrote.
 *
 * @param inputs what the synthesis depended on
 * @param assemblyFiles how many files the assembly held (this one and lock files aside)
 * @param assemblyHash the hash of those files
 * @param synthesizedBy what ran the synthesis: {@value #SYNTH_GOAL}, or the test run that stood in for it
 */
public record InputsRecord(SynthInputs inputs, int assemblyFiles, String assemblyHash, String synthesizedBy) {
  /** The file's name in the assembly directory. */
  public static final String FILE = "groundwork-inputs.json";
  /** {@link #synthesizedBy} of a synthesis the synth goal ran itself. */
  public static final String SYNTH_GOAL = "groundwork:synth";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The record of {@code inputs} for the assembly in {@code assembly} as it is now, synthesized by {@code by}. */
  public static InputsRecord of(SynthInputs inputs, Path assembly, String by) throws IOException {
    return new InputsRecord(inputs, countAssemblyFiles(assembly), hashAssembly(assembly), by);
  }

  /** Writes {@value #FILE} into {@code assembly}. */
  public void writeTo(Path assembly) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("fingerprint", inputs.fingerprint());
    root.put("synthesizedBy", synthesizedBy);
    root.put("about", "The inputs of the groundwork:synth run that wrote this assembly (or of the test run that "
        + "synthesized the same main class in its stead), each with the SHA-256 of its "
        + "content (of the value, for environment variables and system properties), and the SHA-256 of the "
        + "assembly's files as written; the synth goal skips synthesis while they all match.");
    ObjectNode each = root.putObject("inputs");
    inputs.hashes().forEach(each::put);
    ObjectNode files = root.putObject("assembly");
    files.put("files", assemblyFiles);
    files.put("sha256", assemblyHash);
    Files.writeString(assembly.resolve(FILE), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /** The record in {@code assembly}, or empty when there is none or it cannot be read. */
  public static Optional<InputsRecord> read(Path assembly) {
    Path file = assembly.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      Map<String, String> hashes = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("inputs").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        hashes.put(entry.getKey(), entry.getValue().asText());
      }
      SynthInputs inputs = SynthInputs.of(hashes);
      if (!inputs.fingerprint().equals(root.path("fingerprint").asText())) {
        return Optional.empty();
      }
      return Optional.of(new InputsRecord(inputs, root.path("assembly").path("files").asInt(-1),
          root.path("assembly").path("sha256").asText(""), root.path("synthesizedBy").asText(SYNTH_GOAL)));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code assembly}'s files are still the ones this record hashed. */
  public boolean intact(Path assembly) throws IOException {
    return countAssemblyFiles(assembly) == assemblyFiles && hashAssembly(assembly).equals(assemblyHash);
  }

  static String hashAssembly(Path assembly) throws IOException {
    return ContentHash.ofTree(assembly, InputsRecord::partOfAssembly);
  }

  private static int countAssemblyFiles(Path assembly) throws IOException {
    try (Stream<Path> walk = Files.walk(assembly)) {
      return (int) walk.filter(Files::isRegularFile).map(assembly::relativize).filter(InputsRecord::partOfAssembly)
          .count();
    }
  }

  /** Every file but this record and lock files (the CDK CLI's, created and removed as it runs). */
  private static boolean partOfAssembly(Path relative) {
    String name = relative.getFileName().toString();
    return !(relative.getNameCount() == 1 && name.equals(FILE)) && !name.endsWith(".lock");
  }
}
