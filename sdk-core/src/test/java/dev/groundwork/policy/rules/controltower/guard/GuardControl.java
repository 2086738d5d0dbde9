package dev.groundwork.policy.rules.controltower.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One Control Tower proactive control as AWS ships it: its rule file, its metadata and the name
 * of the guard rule that reports it.
 *
 * @param id the control id, e.g. {@code CT.S3.PR.1}
 * @param service the package's directory of the control, e.g. {@code s3}
 * @param ruleFile the cfn-guard rule file
 * @param ruleName the primary guard rule's name, e.g. {@code s3_bucket_level_public_access_prohibited_check}
 * @param metadata the control's metadata ({@code DisplayName}, {@code EvaluatedResourceTypes}, …)
 */
public record GuardControl(String id, String service, Path ruleFile, String ruleName, JsonNode metadata) {

  /** By service, then by number ({@code CT.S3.PR.2} before {@code CT.S3.PR.10}). */
  public static final Comparator<String> ID_ORDER = Comparator
      .comparing((String id) -> id.substring(0, id.lastIndexOf('.')))
      .thenComparingInt(id -> Integer.parseInt(id.substring(id.lastIndexOf('.') + 1)));

  private static final ObjectMapper JSON = new ObjectMapper();

  static GuardControl read(String service, Path ruleFile, Path metadataFile, String ruleName)
      throws IOException {
    JsonNode metadata = JSON.readTree(metadataFile.toFile());
    return new GuardControl(metadata.path("Id").asText(), service, ruleFile, ruleName, metadata);
  }

  /** The control's own title. */
  public String displayName() {
    return metadata.path("DisplayName").asText();
  }

  /** The resource types the control evaluates. */
  public List<String> resourceTypes() {
    List<String> types = new ArrayList<>();
    metadata.path("EvaluatedResourceTypes").forEach(t -> types.add(t.asText()));
    return types;
  }

  /** The ids the control maps to in {@code framework} (e.g. "NIST 800-53 Rev 5"), as listed. */
  public List<String> frameworkIds(String framework) {
    List<String> ids = new ArrayList<>();
    for (JsonNode mapping : metadata.path("ComplianceFrameworkMappings")) {
      if (mapping.path("ComplianceFramework").asText().equals(framework)) {
        mapping.path("Ids").forEach(i -> ids.add(i.asText()));
      }
    }
    return ids;
  }
}
