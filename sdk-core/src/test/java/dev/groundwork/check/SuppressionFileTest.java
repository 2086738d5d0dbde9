package dev.groundwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionFileTest {
  private static final Set<RuleId> KNOWN = Set.of(RuleId.of("GW_RDS_INSTANCE_NOT_PUBLIC"),
      RuleId.of("GW_EC2_SG_NO_OPEN_EGRESS"), RuleId.of("GW_S3_BUCKET_VERSIONING_ENABLED"));

  @TempDir Path dir;

  @Test
  void readsLogicalIdsWithTheirStackAndPathsAsGiven() throws Exception {
    Path file = Files.writeString(dir.resolve("s.json"), """
        {"suppressions": [
          {"rule": "GW_RDS_INSTANCE_NOT_PUBLIC", "stack": "data/databases", "resource": "Reports",
           "reason": "sandbox", "until": "2027-01-31"},
          {"rule": "GW_EC2_SG_NO_OPEN_EGRESS", "resource": "Prod/Orders/Web/Group", "reason": "vendor agent"}]}
        """);
    assertThat(SuppressionFile.read(file, KNOWN)).containsExactly(
        new Suppression(RuleId.of("GW_RDS_INSTANCE_NOT_PUBLIC"), "sandbox", Optional.of(LocalDate.of(2027, 1, 31)),
            "data/databases/Reports"),
        new Suppression(RuleId.of("GW_EC2_SG_NO_OPEN_EGRESS"), "vendor agent", Optional.empty(), "Prod/Orders/Web/Group"));
  }

  @Test
  void readsTheCheckedInFixture() {
    assertThat(SuppressionFile.read(CheckCommandTest.FIXTURES.resolve("suppressions.yaml"), KNOWN)).hasSize(3);
  }

  @Test
  void reportsEveryProblemOfEveryEntryAtOnce() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), """
        suppressions:
          - rule: GW_NO_SUCH_RULE
            stack: web
            resource: Bucket
            reason: because
          - rule: GW_RDS_INSTANCE_NOT_PUBLIC
            resource: Database
            reason: "  "
            until: next year
            expires: 2027-01-01
        """);
    assertThatThrownBy(() -> SuppressionFile.read(file, KNOWN))
        .isInstanceOf(GroundworkValidationException.class)
        .satisfies(e -> assertThat(((GroundworkValidationException) e).problems()).extracting(Problem::code)
            .containsExactly("SUPPRESSION_RULE_UNKNOWN", "SUPPRESSION_FIELD_UNKNOWN", "SUPPRESSION_REASON_REQUIRED",
                "SUPPRESSION_STACK_REQUIRED", "SUPPRESSION_UNTIL"));
  }

  @Test
  void aFileThatIsNotYamlNamesTheLine() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "suppressions:\n  - rule: [GW_X\n");
    assertThatThrownBy(() -> SuppressionFile.read(file, KNOWN))
        .isInstanceOf(GroundworkValidationException.class)
        .hasMessageContaining("[SUPPRESSION_FILE_SYNTAX]").hasMessageContaining("line 3");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> SuppressionFile.read(dir.resolve("none.yaml"), KNOWN))
        .hasMessageContaining("[SUPPRESSION_FILE_MISSING]");
  }

  @Test
  void listsNothingWithoutTheSuppressionsKey() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "rules: []\n");
    assertThatThrownBy(() -> SuppressionFile.read(file, KNOWN)).hasMessageContaining("[SUPPRESSION_FILE_SHAPE]");
  }
}
