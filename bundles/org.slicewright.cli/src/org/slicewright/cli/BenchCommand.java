package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;

import org.slicewright.sim.bench.PoolingBench;

/** {@code bench}: prints the pooling engine's benchmark figures. */
final class BenchCommand {
  private final PrintStream out;

  BenchCommand(PrintStream out) {
    this.out = out;
  }

  int run(Arguments a) throws UsageException {
    try {
      PoolingBench.run(out, !a.flag("no-sweep"));
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
