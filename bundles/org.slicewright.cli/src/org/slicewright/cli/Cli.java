package org.slicewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line: the {@link Command}s of {@link #commands()}, each with its options and usage
 * entry, and {@code help}. Runs in-process (tests call {@link #run(String[])} directly) and never calls System.exit.
 */
public final class Cli {
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;

  public Cli(PrintStream out, PrintStream err) {
    this(out, err, Path.of(""));
  }

  /** A command line whose relative paths are relative to {@code workingDirectory} (a daemon's caller's folder). */
  Cli(PrintStream out, PrintStream err, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  /** The commands, in the order the usage text lists them. */
  List<Command> commands() {
    return List.of(new ValidateCommand(out, err), new InfoCommand(out), new EvaluateCommand(out, err), new RecommendCommand(out, err), new ReserveCommand(out),
        new ReproduceCommand(out, err), new LayoutCommand(out), new DiagramCommand(out), new ImportCommand(out), new ExportCommand(out), new WorkerCommand(out), new DaemonCommand(out, err),
        new BenchCommand(out));
  }

  /** The usage text: one entry per command, from the command itself, then the workbench and help. */
  String usage() {
    StringBuilder u = new StringBuilder("usage: slicewright COMMAND [ARGS]");
    for (Command c : commands()) entry(u, c.name() + " " + c.synopsis(), c.summary());
    entry(u, "gui [FILE]", "the planner's workbench (through the slicewright script)");
    entry(u, "help", "this text");
    return u.toString();
  }

  /** A usage entry: the command line, and its summary beside it when it fits, else on the next line. */
  private static void entry(StringBuilder u, String line, String summary) {
    String head = "\n  " + line;
    u.append(head.length() < 33 ? String.format(Locale.ROOT, "%-33s%s", head, summary) : head + "\n" + " ".repeat(32) + summary);
  }

  public int run(String[] args) {
    if (args.length == 0) {
      err.println(usage());
      return ExitCodes.BAD_INPUT;
    }
    String name = args[0];
    try {
      if (List.of("help", "--help", "-h").contains(name)) {
        out.println(usage());
        return ExitCodes.OK;
      }
      List<Command> all = commands();
      for (Command c : all) if (c.name().equals(name)) return c.run(new Arguments(args, 1, c.options(), c.flags(), workingDirectory));
      throw new UsageException("unknown command '" + name + "' (commands: " + String.join(", ", all.stream().map(Command::name).toList()) + ", help)");
    } catch (UsageException e) {
      err.println("slicewright " + name + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (RuntimeException | Error e) {
      // Never a stack trace on the terminal or an Equinox dump: one line, the details in a log that stays.
      err.println("slicewright " + name + ": " + InternalErrorLog.describe(e) + " (details: " + InternalErrorLog.write(name, args, e) + ")");
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  /** Entry point for running the CLI on a plain class path (tests, tools). */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new Cli(System.out, System.err).run(Arrays.copyOf(args, args.length)));
  }
}
