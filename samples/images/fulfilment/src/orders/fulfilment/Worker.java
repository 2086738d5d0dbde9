package orders.fulfilment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Stand-in for the fulfilment worker: it stays up, says so, and touches its heartbeat file on
 * every pass, which the task's liveness check reads (ContainerOptions.livenessHeartbeat), so a
 * worker that stops making progress is replaced.
 */
public final class Worker {
  private static final Path HEARTBEAT = Path.of("/tmp/heartbeat");

  private Worker() {}

  public static void main(String[] args) throws InterruptedException, IOException {
    while (true) {
      beat();
      System.out.println("{\"level\":\"info\",\"message\":\"fulfilment worker waiting for orders\"}");
      Thread.sleep(20_000);
    }
  }

  private static void beat() throws IOException {
    if (Files.notExists(HEARTBEAT)) {
      Files.createFile(HEARTBEAT);
    }
    Files.setLastModifiedTime(HEARTBEAT, FileTime.from(Instant.now()));
  }
}
