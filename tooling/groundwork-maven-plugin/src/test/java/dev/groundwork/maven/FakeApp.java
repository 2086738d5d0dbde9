package dev.groundwork.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for an app's main: reports its environment and ends as its arguments say
 * ({@code status [stderr line [file to create, as proof it ran]]}).
 */
public final class FakeApp {
  private FakeApp() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), "ran");
    }
    System.out.println("stdout line");
    System.err.println("CDK_VALIDATION=" + System.getenv("CDK_VALIDATION"));
    System.err.println("JSII_NODE=" + System.getenv("JSII_NODE"));
    if (args.length > 1) {
      System.err.println(args[1]);
    }
    System.exit(Integer.parseInt(args[0]));
  }
}
