package dev.groundwork.pipelines.internal;

import com.google.common.collect.ImmutableMap;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.codepipeline.CfnPipeline;
import software.amazon.awscdk.services.codepipeline.IStage;
import software.amazon.awscdk.services.codepipeline.Pipeline;

/**
 * Writes a {@code beforeEntry} condition with CodePipeline's {@code DeploymentWindow} rule on a
 * stage of a built pipeline. CDK Pipelines cannot set stage conditions, so this overrides the
 * stage in the underlying {@link CfnPipeline}; it must run after {@code buildPipeline()}.
 */
public final class StageConditions {
  private StageConditions() {}

  /**
   * Lets deployments enter {@code stageName} only at the times {@code cron} allows, read in each
   * of {@code zones} (one rule per zone; all must pass).
   */
  public static void deploymentWindow(Pipeline pipeline, String stageName, String cron,
      Collection<ZoneId> zones) {
    List<IStage> stages = pipeline.getStages();
    int index = -1;
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).getStageName().equals(stageName)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new IllegalStateException("pipeline has no stage " + stageName);
    }
    List<Map<String, Object>> rules = zones.stream().sorted((a, b) -> a.getId().compareTo(b.getId()))
        .<Map<String, Object>>map(zone -> ImmutableMap.of(
            "Name", "DeploymentWindow-" + zone.getId().replaceAll("[^A-Za-z0-9.@_-]", "-"),
            "RuleTypeId", ImmutableMap.of("Category", "Rule", "Owner", "AWS",
                "Provider", "DeploymentWindow", "Version", "1"),
            "Configuration", ImmutableMap.of("Cron", cron, "TimeZone", zone.getId())))
        .toList();
    CfnPipeline cfn = (CfnPipeline) pipeline.getNode().getDefaultChild();
    cfn.addPropertyOverride("Stages." + index + ".BeforeEntry",
        Map.of("Conditions", List.of(ImmutableMap.of("Result", "FAIL", "Rules", rules))));
  }
}
