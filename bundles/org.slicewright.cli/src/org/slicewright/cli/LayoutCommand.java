package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.diagram.layout.TopologySvg;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;

/** {@code layout FILE --out DIR}: lays the topology out with ELK and writes {@code layout.csv} and {@code topology.svg}. */
final class LayoutCommand implements Command {
  static final String HEADER = "node,kind,x,y,width,height";
  private final PrintStream out;

  LayoutCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "layout";
  }

  @Override
  public String synopsis() {
    return "FILE --out DIR";
  }

  @Override
  public String summary() {
    return "lay the topology out with ELK: layout.csv and topology.svg";
  }

  @Override
  public Set<String> options() {
    return Set.of("out");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    a.outFolder(); // required: refused before any work
    Scenario s = ScenarioInput.loadValid(file);
    if (s.getNetwork() == null || s.getNetwork().getNodes().isEmpty()) throw new UsageException(file + ": scenario '" + s.getId() + "' has no nodes to lay out");
    Path dir = a.createOutFolder();
    long t0 = System.nanoTime();
    TopologyLayout.Result r = TopologyLayout.layout(s.getNetwork());
    double secs = (System.nanoTime() - t0) / 1e9;
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    s.getNetwork().getNodes().forEach(n -> {
      TopologyLayout.Box b = r.nodes().get(n.getId());
      csv.append(String.format(Locale.ROOT, "%s,%s,%.1f,%.1f,%.1f,%.1f%n", n.getId(), n.getKind(), b.x(), b.y(), b.width(), b.height()));
    });
    try {
      ScenarioResources.writeAtomically(dir.resolve("layout.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      ScenarioResources.writeAtomically(dir.resolve("topology.svg"), TopologySvg.svg(s.getNetwork(), r).getBytes(StandardCharsets.UTF_8), false);
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    out.println(String.format(Locale.ROOT, "%s: %d nodes, %d links laid out in %.2f s -> %s", file, r.nodes().size(), r.links().size(), secs, dir));
    return ExitCodes.OK;
  }

}
