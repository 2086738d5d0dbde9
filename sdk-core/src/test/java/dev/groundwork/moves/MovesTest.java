package dev.groundwork.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.assembly.LogicalIds;
import dev.groundwork.assembly.MoveMetadata;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.GroundworkValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * Move declarations in a plain CDK app (no PlatformApp): what they pin, what they leave alone,
 * what they record, and the input they refuse.
 */
class MovesTest {

  private static CfnResource topic(Construct scope, String id) {
    return CfnResource.Builder.create(scope, id).type("AWS::SNS::Topic").build();
  }

  /** One plain CDK app synthesized once; each element's logical id read from the template. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Pinning {
    private JsonNode template;

    @BeforeAll
    void synthesize() {
      App app = new App(AppProps.builder().context(Map.of("aws:cdk:enable-path-metadata", true)).build());
      Stack stack = new Stack(app, "orders");
      Construct moved = new Construct(stack, "New");
      topic(moved, "A");
      Construct inner = new Construct(moved, "Inner");
      topic(inner, "B");
      topic(moved, "Custom").overrideLogicalId("KeptByHand");
      // Inner first: the innermost declaration wins whatever the order.
      Moves.of(stack).moved("OldInner", inner).moved("Old", "New");
      topic(moved, "AddedLater");
      Moves.of(stack).moved("Gone", "NotCreatedYet");
      new Construct(stack, "NotCreatedYet");
      template = new ObjectMapper().valueToTree(app.synth().getStackByName("orders").getTemplate());
    }

    private String logicalIdOf(String path) {
      var resources = template.path("Resources").fields();
      while (resources.hasNext()) {
        var resource = resources.next();
        if (resource.getValue().path("Metadata").path("aws:cdk:path").asText().equals("orders/" + path)) {
          return resource.getKey();
        }
      }
      throw new AssertionError("no resource at " + path + " in " + template);
    }

    @Test
    void everyElementUnderTheMovedConstructKeepsTheIdItHadAtTheOldPath() {
      assertThat(logicalIdOf("New/A")).isEqualTo(LogicalIds.of("Old/A")).isNotEqualTo(LogicalIds.of("New/A"));
      assertThat(logicalIdOf("New/AddedLater")).isEqualTo(LogicalIds.of("Old/AddedLater"));
    }

    @Test
    void theInnermostDeclarationWins() {
      assertThat(logicalIdOf("New/Inner/B")).isEqualTo(LogicalIds.of("OldInner/B"));
    }

    @Test
    void anIdSetByHandIsLeftAlone() {
      assertThat(logicalIdOf("New/Custom")).isEqualTo("KeptByHand");
    }

    @Test
    void theTemplateRecordsEachDeclarationWithWhatItPinned() {
      List<MoveMetadata.Declaration> declarations = MoveMetadata.declarations(
          StackTemplate.fromJson("orders", template.toString()));
      assertThat(declarations).extracting(MoveMetadata.Declaration::code).containsExactly(
          "Moves.of(stack).moved(\"OldInner\", \"New/Inner\");", "Moves.of(stack).moved(\"Old\", \"New\");",
          "Moves.of(stack).moved(\"Gone\", \"NotCreatedYet\");");
      assertThat(declarations.get(0).pins()).isEqualTo(Map.of("New/Inner/B", LogicalIds.of("OldInner/B")));
      assertThat(declarations.get(1).pins()).containsOnlyKeys("New/A", "New/AddedLater");
      // Declared before its construct existed: it pins nothing, and the guard reports it.
      assertThat(declarations.get(2).pins()).isEmpty();
    }
  }

  @Nested
  class InvalidInput {
    private final App app = new App();
    private final Stack stack = new Stack(app, "orders");

    @Test
    void pathsMustBeRelativeToTheStackAndDiffer() {
      assertThatThrownBy(() -> Moves.of(stack).moved("/Old", "New/"))
          .isInstanceOf(GroundworkValidationException.class)
          .satisfies(e -> assertThat(((GroundworkValidationException) e).problems())
              .extracting(p -> p.code() + " " + p.property()).containsExactly("MOVE_PATH_INVALID from", "MOVE_PATH_INVALID to"))
          .hasMessageContaining("Moves at 'orders'");
      new Construct(stack, "Same");
      assertThatThrownBy(() -> Moves.of(stack).moved("Same", "Same"))
          .hasMessageContaining("[MOVE_PATH_INVALID]").hasMessageContaining("needs no declaration");
    }

    @Test
    void theConstructMustBeInTheStack() {
      Construct elsewhere = new Construct(new Stack(app, "other"), "Thing");
      assertThatThrownBy(() -> Moves.of(stack).moved("Thing", elsewhere))
          .hasMessageContaining("[MOVE_OUTSIDE_STACK]").hasMessageContaining("other/Thing");
      assertThatThrownBy(() -> Moves.of(stack).moved("Thing", stack)).hasMessageContaining("[MOVE_OUTSIDE_STACK]");
    }

    @Test
    void theOldPathMustNoLongerHoldResources() {
      topic(new Construct(stack, "Orders"), "Topic");
      new Construct(stack, "Ledger");
      assertThatThrownBy(() -> Moves.of(stack).moved("Orders", "Ledger"))
          .hasMessageContaining("[MOVE_SOURCE_EXISTS]").hasMessageContaining("'Orders'");
    }

    @Test
    void aConstructIsDeclaredMovedOnce() {
      new Construct(stack, "Ledger");
      Moves.of(stack).moved("Orders", "Ledger");
      assertThatThrownBy(() -> Moves.of(stack).moved("Accounts", "Ledger"))
          .hasMessageContaining("[MOVE_DECLARED_TWICE]")
          .hasMessageContaining("Moves.of(stack).moved(\"Orders\", \"Ledger\") is already declared");
    }
  }
}
