package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slicewright.examples.Examples;
import org.slicewright.learn.reproduce.Finding;
import org.slicewright.report.reproduce.Reproduction;
import org.slicewright.cluster.ClusterSettings;
import org.slicewright.cluster.PoolingRunner;

/**
 * {@code reproduce [--quick] --out DIR [--threads N] [--cluster NAME --member HOST:PORT,...]}: runs
 * {@link Reproduction} on the bundled examples (the pooling and QoAIS training runs on the cluster's
 * workers when one is named) and prints each finding's verdict. The examples are the ones the
 * examples bundle ships.
 */
final class ReproduceCommand implements Command {
  private final PrintStream out;
  private final PrintStream err;

  ReproduceCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public String name() {
    return "reproduce";
  }

  @Override
  public String synopsis() {
    return "[--quick] --out DIR [--threads N] " + Arguments.CLUSTER_SYNOPSIS;
  }

  @Override
  public String summary() {
    return "runs the source studies' case studies on the bundled examples: reproduction.csv and a report";
  }

  @Override
  public Set<String> options() {
    return Arguments.withClusterOptions("out", "threads");
  }

  @Override
  public Set<String> flags() {
    return Set.of("quick");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    a.outFolder(); // required: refused before any work
    int threads = a.intValue("threads", 0, 1);
    boolean quick = a.flag("quick");
    List<Reproduction.Example> examples = new ArrayList<>();
    for (Path file : Reproduction.examples(Examples.folder())) {
      if (!Files.isRegularFile(file)) throw new UsageException("bundled example not found: " + file + "");
      examples.add(new Reproduction.Example(ScenarioInput.loadValid(file), file));
    }
    ClusterSettings cluster = a.cluster();
    Path dir = a.createOutFolder();
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    Reproduction.Result result;
    try (PoolingRunner training = new PoolingRunner(cluster); CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      result = Reproduction.run(examples, dir, quick, threads, training, progress);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // An example the engines refuse, or a cluster without a worker or with failed runs.
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    for (Finding f : result.findings()) out.println(f.verdict().label() + ": " + f.finding() + ": paper " + f.paperValue() + ", tool " + f.toolValue());
    out.println(String.format(Locale.ROOT, "%d of %d findings reproduced in %.1f s -> %s", result.reproduced(), result.findings().size(),
        result.wallSeconds(), dir.resolve("reproduction.csv")));
    if (result.canceled()) {
      err.println("slicewright reproduce: cancelled; the report covers the finished runs");
      return ExitCodes.CANCELED;
    }
    return ExitCodes.OK;
  }
}
