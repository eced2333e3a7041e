package org.slicewright.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/**
 * The command line: {@code validate}, {@code info}, {@code evaluate}, {@code recommend}, {@code reserve}, {@code bench}, {@code help}.
 * Runs in-process (tests call {@link #run(String[])} directly) and never calls System.exit.
 */
public final class Cli {
  private final PrintStream out;
  private final PrintStream err;

  public Cli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static final String USAGE = String.join("\n",
      "usage: slicewright COMMAND [ARGS]",
      "  validate FILE                 check a scenario; exit 0 clean, 1 problems, 2 bad input",
      "  info FILE                     counts and summary of a scenario",
      "  evaluate FILE --out DIR [--study pooling|edge|offloading|twins] [--seeds N] [--threads N] [--quick]",
      "                                run the scenario's studies (each into DIR/KIND when several); writes results.csv, report.html, report.pdf",
      "  recommend FILE --out DIR [--budget N] [--threads N] [--quick] [--save] [--check]",
      "                                policies meeting the service's requirements at least RU (active sampling + surrogates)",
      "  reserve FILE --out DIR [--k N]  two-level reservation plan (MILP) or the capacities that are short",
      "  reproduce [--quick] --out DIR [--threads N]",
      "                                runs the source studies' case studies on the bundled examples: reproduction.csv and a report",
      "  layout FILE --out DIR          lay the topology out with ELK: layout.csv and topology.svg",
      "  diagram FILE                  serves the topology diagram on a loopback port for a browser",
      "  bench [--no-sweep]            benchmark figures of the pooling engine and the edge emulation",
      "  gui [FILE]                    the planner's workbench (through the slicewright script)",
      "  help                          this text");

  public int run(String[] args) {
    if (args.length == 0) {
      err.println(USAGE);
      return ExitCodes.BAD_INPUT;
    }
    String command = args[0];
    try {
      switch (command) {
        case "validate":
          return new ValidateCommand(out, err).run(new Arguments(args, 1, Set.of(), Set.of()));
        case "info":
          return new InfoCommand(out).run(new Arguments(args, 1, Set.of(), Set.of()));
        case "evaluate":
          return new EvaluateCommand(out, err).run(new Arguments(args, 1, Set.of("out", "study", "seeds", "threads"), Set.of("quick")));
        case "recommend":
          return new RecommendCommand(out, err).run(new Arguments(args, 1, Set.of("out", "budget", "threads"), Set.of("quick", "save", "check")));
        case "reserve":
          return new ReserveCommand(out).run(new Arguments(args, 1, Set.of("out", "k"), Set.of()));
        case "reproduce":
          return new ReproduceCommand(out, err).run(new Arguments(args, 1, Set.of("out", "threads"), Set.of("quick")));
        case "layout":
          return new LayoutCommand(out).run(new Arguments(args, 1, Set.of("out"), Set.of()));
        case "diagram":
          return new DiagramCommand(out).run(new Arguments(args, 1, Set.of(), Set.of()));
        case "bench":
          return new BenchCommand(out).run(new Arguments(args, 1, Set.of(), Set.of("no-sweep")));
        case "help":
        case "--help":
        case "-h":
          out.println(USAGE);
          return ExitCodes.OK;
        default:
          throw new UsageException("unknown command '" + command + "' (commands: validate, info, evaluate, recommend, reserve, reproduce, layout, diagram, bench, help)");
      }
    } catch (UsageException e) {
      err.println("slicewright " + command + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (RuntimeException | Error e) {
      // Never a stack trace on the terminal or an Equinox dump: one line, the details in a log that stays.
      err.println("slicewright " + command + ": " + InternalErrorLog.describe(e) + " (details: " + InternalErrorLog.write(command, args, e) + ")");
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  /** Entry point for running the CLI on a plain class path (tests, tools). */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new Cli(System.out, System.err).run(Arrays.copyOf(args, args.length)));
  }
}
