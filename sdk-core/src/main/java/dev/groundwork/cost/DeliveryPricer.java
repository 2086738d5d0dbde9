package dev.groundwork.cost;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import java.util.Locale;
import java.util.Set;

/** CodePipeline (V2 by action minutes, V1 per pipeline) and CodeBuild (minutes by compute type). */
final class DeliveryPricer implements ResourcePricer {
  @Override
  public Set<String> types() {
    return ImmutableSet.of("AWS::CodePipeline::Pipeline", "AWS::CodeBuild::Project");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    if (resource.type().equals("AWS::CodeBuild::Project")) {
      String compute = resource.property("Environment.ComputeType").asText("BUILD_GENERAL1_SMALL");
      return book.bill().assumed(book.assumptions().buildMinutesPerMonth(), "build min",
          "codebuild." + compute.toLowerCase(Locale.ROOT) + ".minute", "buildMinutesPerMonth").done();
    }
    if (resource.property("PipelineType").asText("V1").equals("V2")) {
      return book.bill().assumed(book.assumptions().pipelineActionMinutesPerMonth(), "action min",
          "codepipeline.v2.action.minute", "pipelineActionMinutesPerMonth").done();
    }
    return book.bill().add(1, "pipeline", "codepipeline.v1.pipeline.month").done();
  }
}
