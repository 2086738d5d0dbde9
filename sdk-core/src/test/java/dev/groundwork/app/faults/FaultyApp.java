package dev.groundwork.app.faults;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyOptions;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.IConstruct;

/**
 * A two-environment app (dev, prod) whose prod synthesis can be made to fail; its {@code main}
 * runs it through {@link SynthCommand} in a JVM of its own, for faults that end the process.
 *
 * <p>{@code main(mode, outdir)}: {@code kill-node} kills the Node.js process jsii runs while prod
 * is being synthesized; {@code hang} prints {@value #HANGING} and the Node.js process id, then
 * blocks inside prod's synthesis until the JVM is stopped.
 */
public final class FaultyApp {
  /** Printed on standard output, followed by the Node.js pid, when {@code hang} blocks. */
  public static final String HANGING = "HANGING node=";

  private FaultyApp() {}

  public static void main(String[] args) {
    String mode = args[0];
    Path outdir = Path.of(args[1]);
    SynthCommand.run(() -> build(outdir, PolicyOptions.defaults(), switch (mode) {
      case "kill-node" -> FaultyApp::killNode;
      case "hang" -> FaultyApp::hang;
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }));
  }

  /** The app, with {@code duringProdSynthesis} run once as prod's stack is synthesized. */
  public static PlatformApp build(Path outdir, PolicyOptions policy, Runnable duringProdSynthesis) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("faulty").team("platform").costCenter("cc-1")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .outdir(outdir)
        .policy(policy)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("jobs");
      Queue.Builder.create(stack, "Jobs").encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true).build();
      if (env.name().equals("prod")) {
        Aspects.of(stack).add(new OnceAspect(duringProdSynthesis));
      }
    }
    return app;
  }

  /** The Node.js process jsii started for this JVM. */
  public static Optional<ProcessHandle> nodeChild() {
    return ProcessHandle.current().children()
        .filter(p -> p.info().command().map(c -> c.contains("node")).orElse(false))
        .findFirst();
  }

  private static void killNode() {
    ProcessHandle node = nodeChild().orElseThrow(() -> new IllegalStateException("no node child"));
    node.destroyForcibly();
    node.onExit().join();
  }

  private static void hang() {
    System.out.println(HANGING + nodeChild().map(ProcessHandle::pid).orElse(-1L));
    System.out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs its action on the first construct it visits. */
  private static final class OnceAspect implements IAspect {
    private final Runnable action;
    private boolean done;

    OnceAspect(Runnable action) {
      this.action = action;
    }

    @Override
    public void visit(IConstruct node) {
      if (!done) {
        done = true;
        action.run();
      }
    }
  }
}
