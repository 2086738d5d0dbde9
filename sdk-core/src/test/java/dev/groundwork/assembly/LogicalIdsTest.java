package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Names;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The logical ids CDK derives from construct paths, computed in Java: checked against CDK itself
 * ({@code Names.uniqueId} runs the same {@code makeUniqueId} over a construct's path below the
 * App), without a synthesis.
 */
class LogicalIdsTest {
  private static final App APP = new App();

  /** What CDK names the construct at {@code path} below the App (a chain of plain constructs). */
  private static String cdk(String path) {
    IConstruct node = APP;
    for (String id : path.split("/")) {
      IConstruct child = node.getNode().tryFindChild(id);
      node = child != null ? child : new Construct((Construct) node, id);
    }
    return Names.uniqueId(node);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bucket", // one construct id: kept as it is
      "Orders/Database/Resource", // Resource left out of the readable part, kept in the hash
      "Orders/Default/Database", // Default left out everywhere
      "Default/Queue",
      "orders-api/Handler.v2/Resource", // non-alphanumerics dropped
      "Archive/Documents/Policy/Resource", // a bucket policy under a wrapped bucket
      "MyBucket/Bucket/Resource", // an id the previous one ends with is left out
      "Lake/Raw/Raw/Resource",
      "Résumé/Ünïcode/Resource", // MD5 over UTF-8, letters outside A-Za-z0-9 dropped
  })
  void matchesCdksOwnAllocation(String path) {
    assertThat(LogicalIds.of(path)).isEqualTo(cdk(path));
  }

  @Test
  void aLongPathKeeps240ReadableCharactersAndTheHash() {
    String path = "A".repeat(150) + "/" + "B".repeat(150) + "/Resource";
    assertThat(LogicalIds.of(path)).hasSize(248).isEqualTo(cdk(path));
  }

  @Test
  void aLongSingleIdIsHashedLikeAPath() {
    String path = "C".repeat(260);
    assertThat(LogicalIds.of(path)).hasSize(248).isEqualTo(cdk(path));
  }

  @Test
  void aPathOfOnlyDefaultHasNoLogicalId() {
    assertThatThrownBy(() -> LogicalIds.of("Default/Default")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Default");
  }

  @Test
  void findsAResourcesPathBelowItsStackFromItsLogicalId() {
    String id = LogicalIds.of("Orders/Database/Resource");
    StackTemplate stack = StackTemplate.of("orders-prod-data", "prod", Tier.PROD, "data.template.json",
        StackTemplate.parse("{\"Resources\": {\"" + id + "\": {\"Type\": \"AWS::RDS::DBCluster\", "
            + "\"Metadata\": {\"aws:cdk:path\": \"prod/data/Orders/Database/Resource\"}},"
            + "\"Pinned\": {\"Type\": \"AWS::S3::Bucket\", \"Metadata\": {\"aws:cdk:path\": \"prod/data/Docs/Resource\"}}}}"));
    assertThat(LogicalIds.pathInStack(stack.resource(id).orElseThrow())).contains("Orders/Database/Resource");
    assertThat(LogicalIds.pathInStack(stack.resource("Pinned").orElseThrow())).isEmpty();
    assertThat(LogicalIds.components("/prod//data/")).isEqualTo(List.of("prod", "data"));
  }
}
