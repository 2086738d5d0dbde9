package orders.fulfilment;

/** Stand-in for the fulfilment worker: it stays up and says so, so the image builds and runs. */
public final class Worker {
  private Worker() {}

  public static void main(String[] args) throws InterruptedException {
    while (true) {
      System.out.println("{\"level\":\"info\",\"message\":\"fulfilment worker waiting for orders\"}");
      Thread.sleep(60_000);
    }
  }
}
