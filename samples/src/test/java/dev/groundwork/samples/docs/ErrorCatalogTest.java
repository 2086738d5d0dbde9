package dev.groundwork.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.samples.docs.ErrorCatalog.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** docs/errors.md is generated from the main sources; this fails when the committed file is stale. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorCatalogTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path CATALOG = ROOT.resolve("docs/errors.md");

  List<ErrorCode> codes;

  @BeforeAll
  void readTheSources() {
    codes = ErrorCatalog.codes(RaiseSites.parse(ErrorCatalog.mainSources(ROOT)).raises());
  }

  @Test
  void committedCatalogMatchesTheSources() throws Exception {
    String expected = ErrorCatalog.render(codes);
    if (Boolean.getBoolean("groundwork.writeDocs")) {
      Files.writeString(CATALOG, expected, StandardCharsets.UTF_8);
    }
    assertThat(CATALOG).as("docs/errors.md").isRegularFile();
    assertThat(Files.readString(CATALOG, StandardCharsets.UTF_8))
        .as("docs/errors.md is stale; regenerate it with: %s", ErrorCatalog.REGENERATE)
        .isEqualTo(expected);
  }

  @Nested
  class TheSources {
    ErrorCode code(String code) {
      return codes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow(
          () -> new AssertionError(code + " not found"));
    }

    @Test
    void yieldEveryModulesCodes() {
      assertThat(codes).extracting(ErrorCode::code)
          .contains("APP_NAME_FORMAT", "VPC_CIDR_RANGE", "PIPELINE_TIER_ORDER", "CIDR_FORMAT")
          .hasSizeGreaterThan(100);
    }

    @Test
    void nameTheConstructFromTheCollector() {
      assertThat(code("VPC_CIDR_RANGE").raisedBy()).containsExactly("SecureVpc");
      assertThat(code("VPC_CIDR_RANGE").properties()).containsExactly("cidr");
    }

    @Test
    void followACodeThroughAPrivateHelperToItsCallSites() {
      assertThat(code("IMAGE_DIRECTORY_NOT_FOUND").raisedBy()).containsExactly("ImageReference.fromDirectory");
      assertThat(code("VPC_AZ_COUNT").properties()).containsExactlyInAnyOrder("availabilityZoneNames", "availabilityZones");
    }

    @Test
    void followACollectorPassedToASharedCheckToEveryConstructThatPassesIt() {
      assertThat(code("LOG_RETENTION_DAYS").raisedBy()).contains("SecureVpc", "ServiceCluster", "WebService",
          "QueueWorkerService");
      assertThat(code("LOG_RETENTION_DAYS").properties()).contains("flowLogRetentionDays", "execLogRetentionDays",
          "logRetentionDays");
    }

    @Test
    void followCodesPassedOnFromACaughtExceptionToTheTypeThatRaisedThem() {
      assertThat(code("REGION_FORMAT").raisedBy()).contains("AccountBaselineProps", "OrganizationBaselineProps");
      assertThat(code("REGION_FORMAT").properties()).contains("accountWideRegion", "regions");
      assertThat(code("ACCOUNT_ID_FORMAT").properties()).contains("accountIds");
    }

    @Test
    void readEachElementOfALoopOverAListWrittenInTheCode() {
      assertThat(code("BACKUP_RETENTION").properties()).containsExactly("dailyRetentionDays", "monthlyRetentionDays");
    }
  }

  @Nested
  class Evaluation {
    List<Raise> raises(String java) {
      return RaiseSites.parse(List.of(Map.entry("Example.java", java))).raises();
    }

    @Test
    void foldsConstantsOfTheSameFileIntoTheText() {
      List<Raise> raises = raises("""
          class Example {
            static final int MIN_ZONES = 2;
            void check(Problems problems, int count) {
              problems.add("VPC_AZ_COUNT", "availabilityZones", count, "at least " + MIN_ZONES, "Span two zones.");
            }
          }
          """);
      assertThat(raises).singleElement().satisfies(r -> {
        assertThat(r.allowed()).isEqualTo("at least 2");
        assertThat(r.raisedBy()).isEqualTo("Example");
        assertThat(r.source()).isEqualTo("Example.java:4");
      });
    }

    @Test
    void bindsEveryParameterOfOneCallSiteTogether() {
      List<Raise> raises = raises("""
          class Example {
            Example(Scope scope) {
              Problems problems = Problems.of("WebService", scope);
              tasks(problems, 1);
              tasks(problems, 0);
            }
            private static void tasks(Problems problems, int lowest) {
              problems.add("SERVICE_TASK_COUNT", "minTasks", 0, "at least " + lowest,
                  "Keep " + lowest + " task" + (lowest == 1 ? "" : "s") + " running.");
            }
          }
          """);
      assertThat(raises).extracting(Raise::raisedBy, Raise::allowed, Raise::fix).containsExactly(
          org.assertj.core.groups.Tuple.tuple("WebService", "at least 1", "Keep 1 task running."),
          org.assertj.core.groups.Tuple.tuple("WebService", "at least 0", "Keep 0 tasks running."));
    }

    @Test
    void showsThatAPublicMethodAlsoTakesItsCallersValues() {
      List<Raise> raises = raises("""
          public class TaskDefinition {
            public void addSidecar(String id, int limit) {
              Problems problems = Problems.of("HardenedTaskDefinition", this);
              problems.add("SIDECAR_MEMORY_LIMIT", "sidecar '" + id + "' memoryLimitMiB", limit, "at least 6", "Fix.");
            }
            void addTracing() {
              addSidecar("otel-collector", 128);
            }
          }
          """);
      assertThat(raises).extracting(Raise::property)
          .containsExactly("sidecar 'otel-collector' memoryLimitMiB", "sidecar '{id}' memoryLimitMiB");
    }

    @Test
    void rendersWhatIsKnownOnlyAtRunTimeAsItsExpression() {
      List<Raise> raises = raises("""
          class Example {
            void check(Problems problems, Settings settings) {
              problems.add("WEB_CERTIFICATE_REGION", "certificate", "x", "a certificate in " + settings.region(), "Fix.");
            }
          }
          """);
      assertThat(raises).singleElement().extracting(Raise::allowed).isEqualTo("a certificate in {settings.region()}");
    }

    @Test
    void readsTheCodeOfAProblemBuiltDirectly() {
      List<Raise> raises = raises("""
          class Cidr {
            static RuntimeException invalid(String text) {
              return new GroundworkValidationException(List.of(new Problem("CIDR_FORMAT", "Cidr", "cidr",
                  text, "a.b.c.d/n", "Write it as 10.0.0.0/16.")));
            }
          }
          """);
      assertThat(raises).singleElement().extracting(Raise::code, Raise::raisedBy, Raise::property)
          .containsExactly("CIDR_FORMAT", "Cidr", "cidr");
    }

    @Test
    void readsAnExceptionWhoseMessageStartsWithACode() {
      List<Raise> raises = raises("""
          class CostOptions {
            void check(String environment) {
              throw new IllegalArgumentException("[COST_BUDGET_AMOUNT] monthlyBudgets: the budget of '"
                  + environment + "' must be more than 0, got " + 0 + ". Give the monthly ceiling.");
            }
          }
          """);
      assertThat(raises).singleElement().satisfies(r -> {
        assertThat(r.code()).isEqualTo("COST_BUDGET_AMOUNT");
        assertThat(r.raisedBy()).isEqualTo("CostOptions");
        assertThat(r.property()).isEqualTo("monthlyBudgets");
        assertThat(r.allowed()).isEqualTo("more than 0");
        assertThat(r.fix()).isEqualTo("Give the monthly ceiling.");
        assertThat(r.thrownAs()).isEqualTo("IllegalArgumentException");
      });
    }

    @Test
    void failsOnACodeItCannotResolve() {
      assertThatThrownBy(() -> raises("""
          class Example {
            public void check(Problems problems, String code) {
              problems.add(code, "p", 1, "a", "f");
            }
          }
          """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Example.java:3")
          .hasMessageContaining("{code}");
    }

    @Test
    void escapesWhatMarkdownWouldReadAsMarkup() {
      assertThat(ErrorCatalog.cell("ou-<root>-<unit> | GW_DOCKER_* or _x"))
          .isEqualTo("ou-&lt;root&gt;-&lt;unit&gt; \\| GW_DOCKER\\_\\* or \\_x");
    }
  }
}
