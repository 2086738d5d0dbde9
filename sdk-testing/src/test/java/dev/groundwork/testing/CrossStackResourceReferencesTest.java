package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * References between stacks, as Groundwork's layout makes them (the data in one stack, what uses
 * it in another of the same environment) and as CDK writes them: an output with an {@code Export}
 * in the producer, {@code Fn::ImportValue} in the consumer. The assertions follow them to the
 * producing resource.
 */
class CrossStackResourceReferencesTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("ledger").team("finance").costCenter("cc-9").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .build());
    Stack data = app.environment("dev").addStack("data");
    Queue deadLetters = new Queue(data, "DeadLetters");
    Bucket archive = new Bucket(data, "Archive");
    Stack services = app.environment("dev").addStack("services");
    new Queue(services, "Jobs", software.amazon.awscdk.services.sqs.QueueProps.builder()
        .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(3).build()).build());
    Role worker = Role.Builder.create(services, "Worker").assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
        .build();
    archive.grantRead(worker);
    return app;
  });

  @Test
  void cdkWritesAnExportInTheProducerAndAnImportInTheConsumer(SynthesizedApp app) {
    Resource jobs = app.stack("ledger-dev-services").resourcesOfType("AWS::SQS::Queue").get(0);
    assertThat(jobs.property("RedrivePolicy.deadLetterTargetArn").has("Fn::ImportValue")).isTrue();
    assertThat(app.stack("ledger-dev-data").outputs().toString()).contains("\"Export\"");
  }

  @Test
  void referencesAreFollowedThroughTheImportToTheProducingResource(SynthesizedApp app) {
    assertThat(app).stack("ledger-dev-services").resource("dev/services/Jobs")
        .references("dev/data/DeadLetters")
        .referencesAt("RedrivePolicy.deadLetterTargetArn", "dev/data/DeadLetters")
        .doesNotReference("dev/data/Archive");
    assertThat(app).environment("dev").resourcesOfType("AWS::IAM::Policy").singleResource()
        .references("dev/data/Archive")
        .references("dev/services/Worker");
  }

  @Test
  void theModelResolvesTheImportToo(SynthesizedApp app) {
    Resource jobs = app.stack("ledger-dev-services").resourcesOfType("AWS::SQS::Queue").get(0);
    assertThat(app.templates().referencedBy(jobs)).extracting(r -> r.stack().stackName() + " " + r.type())
        .containsExactly("ledger-dev-data AWS::SQS::Queue");
    assertThat(app.templates().exports()).isNotEmpty().allSatisfy((name, resource) ->
        assertThat(name).startsWith("ledger-dev-data:ExportsOutput"));
  }

  @Test
  void aFailureNamesWhatIsReferencedInOtherStacks(SynthesizedApp app) {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(app).stack("ledger-dev-services").resource("dev/services/Jobs")
            .references("dev/data/Archive"))
        .withMessageContaining("but it references [ledger-dev-data/DeadLetters");
  }

  @Test
  void fromOneStackAloneTheImportCannotBeFollowedAndTheFailureSaysSo(SynthesizedApp app) {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(app.stack("ledger-dev-services")).resource("dev/services/Jobs")
            .references("dev/data/DeadLetters"))
        .withMessageContaining("which no stack of stack 'ledger-dev-services' (environment dev) exports")
        .withMessageContaining("start from assertThat(app)");
  }
}
