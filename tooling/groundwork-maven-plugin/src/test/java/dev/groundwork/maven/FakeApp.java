package dev.groundwork.maven;

/** Stands in for an app's main: reports its environment and ends as its arguments say. */
public final class FakeApp {
  private FakeApp() {}

  public static void main(String[] args) {
    System.out.println("stdout line");
    System.err.println("CDK_VALIDATION=" + System.getenv("CDK_VALIDATION"));
    System.err.println("JSII_NODE=" + System.getenv("JSII_NODE"));
    if (args.length > 1) {
      System.err.println(args[1]);
    }
    System.exit(Integer.parseInt(args[0]));
  }
}
