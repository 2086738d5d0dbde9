package dev.groundwork.cli;

import dev.groundwork.app.SynthCommand;
import dev.groundwork.check.CheckCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar groundwork-cli.jar <command> ...}: the one command is {@code check}. Rules of
 * an organisation come from a jar on the class path: {@code java -cp
 * groundwork-cli.jar:acme-rules.jar dev.groundwork.cli.Main check --rules com.acme.AcmeRules ...}.
 */
public final class Main {
  static final String USAGE = """
      usage: groundwork check [options] <path>...    (groundwork check --help for the options)
             groundwork --version
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs the command line in the working directory; returns the exit status. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE);
      return SynthCommand.INVALID_INPUT;
    }
    return switch (args.get(0)) {
      case "check" -> CheckCommand.execute(args.subList(1, args.size()), Path.of("").toAbsolutePath(), out, err,
          Main.class.getClassLoader());
      case "--help", "-h", "help" -> {
        out.print(USAGE);
        yield SynthCommand.OK;
      }
      case "--version" -> {
        String version = Main.class.getPackage().getImplementationVersion();
        out.println("groundwork " + (version != null ? version : "(development build)"));
        yield SynthCommand.OK;
      }
      default -> {
        err.println("[groundwork] unknown command '" + args.get(0) + "'");
        err.print(USAGE);
        err.println(SynthCommand.RESULT_PREFIX + "unknown command " + args.get(0));
        yield SynthCommand.INVALID_INPUT;
      }
    };
  }
}
