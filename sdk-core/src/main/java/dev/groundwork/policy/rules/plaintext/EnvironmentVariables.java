package dev.groundwork.policy.rules.plaintext;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Environment variables of Lambda functions and ECS containers, and what their names suggest. */
final class EnvironmentVariables {

  static final String FUNCTION = "AWS::Lambda::Function";
  static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";

  private static final Pattern WORDS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
  private static final Set<String> SECRET_WORDS =
      ImmutableSet.of("PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS", "KEY");
  private static final Set<String> REFERENCE_WORDS = Set.of("ARN", "ID", "NAME", "ALIAS", "PATH",
      "FILE", "URL", "URI", "ENDPOINT", "REGION", "PREFIX", "LENGTH", "TTL", "HEADER", "TYPE",
      "PARAMETER", "PARAM");

  /** One variable: its name, value and property path. */
  record Variable(String name, JsonNode value, String path) {

    /** A literal, non-empty string (not a reference, dynamic reference or ARN). */
    boolean isLiteral() {
      String text = value.isTextual() ? value.textValue() : value.isNumber() ? value.asText() : "";
      return !text.isBlank() && !text.startsWith("{{resolve:") && !text.startsWith("arn:");
    }
  }

  private EnvironmentVariables() {}

  static List<Variable> of(Resource resource) {
    List<Variable> out = new ArrayList<>();
    if (resource.type().equals(FUNCTION)) {
      JsonNode variables = resource.property("Environment").path("Variables");
      Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.add(new Variable(field.getKey(), field.getValue(),
            "Properties.Environment.Variables." + field.getKey()));
      }
      return out;
    }
    List<JsonNode> containers = Intrinsics.isIntrinsic(resource.property("ContainerDefinitions"))
        ? List.of() : Intrinsics.items(resource.property("ContainerDefinitions"));
    for (int c = 0; c < containers.size(); c++) {
      JsonNode environmentNode = containers.get(c).path("Environment");
      List<JsonNode> environment = Intrinsics.isIntrinsic(environmentNode) ? List.of() : Intrinsics.items(environmentNode);
      for (int e = 0; e < environment.size(); e++) {
        JsonNode entry = environment.get(e);
        if (Intrinsics.text(entry.path("Name")).isPresent()) {
          out.add(new Variable(entry.path("Name").textValue(), entry.path("Value"),
              "Properties.ContainerDefinitions[" + c + "].Environment[" + e + "].Value"));
        }
      }
    }
    return out;
  }

  /** Whether a name reads like a credential: DB_PASSWORD, apiKey, AUTH_TOKEN, not SECRET_ARN. */
  static boolean soundsSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (!upper.contains("PASS") && !upper.contains("PWD") && !upper.contains("SECRET")
        && !upper.contains("TOKEN") && !upper.contains("KEY") && !upper.contains("CREDENTIAL")) {
      return false; // cheap pre-check: most variables are not credentials
    }
    String[] words = WORDS.split(name);
    if (words.length == 0) {
      return false;
    }
    String last = words[words.length - 1].toUpperCase(Locale.ROOT);
    if (REFERENCE_WORDS.contains(last)) {
      return false;
    }
    for (String word : words) {
      if (SECRET_WORDS.contains(word.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
