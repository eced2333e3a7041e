package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

import org.slicewright.cluster.ClusterBench;
import org.slicewright.diagram.glsp.DiagramBench;
import org.slicewright.diagram.layout.LayoutBench;
import org.slicewright.learn.SurrogateBench;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.examples.Examples;
import org.slicewright.sim.bench.EdgeBench;
import org.slicewright.sim.bench.PoolingBench;
import org.slicewright.sim.scenario.EdgeScenarioMapper;
import org.slicewright.solver.ReservationBench;

/** {@code bench}: prints the benchmark figures of the pooling engine, surrogate queries, the reservation MILP and the edge emulation. */
final class BenchCommand implements Command {
  private final PrintStream out;

  BenchCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String synopsis() {
    return "[--no-sweep]";
  }

  @Override
  public String summary() {
    return "benchmark figures of the pooling engine, the edge emulation and sweeps on cluster workers";
  }

  @Override
  public Set<String> flags() {
    return Set.of("no-sweep");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    try {
      StartupBench.run(out, Examples.file("pooling-32ap"));
      Scenario pooling = Examples.load("pooling-32ap");
      PoolingBench.run(out, pooling, !a.flag("no-sweep"));
      Scenario edge = Examples.load("hetero-edge");
      SurrogateBench.run(out);
      ReservationBench.run(out, 1000, 20, !a.flag("no-sweep"));
      LayoutBench.run(out, 5000, 20000);
      DiagramBench.run(out, 5000, 20000);
      EdgeBench.run(out, EdgeScenarioMapper.config(edge, edge.getSelectionPolicies().get(edge.getSelectionPolicies().size() - 1), 600));
      ClusterBench.run(out, pooling, !a.flag("no-sweep"));
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    } catch (Exception e) {
      throw new UsageException("benchmark failed: " + e);
    }
  }
}
