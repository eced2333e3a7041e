package org.slicewright.diagram.glsp;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.glsp.server.operations.LayoutOperation;
import org.slicewright.diagram.layout.LayoutBench;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.util.ScenarioResources;

/**
 * Benchmark of the topology diagram's server side, printed as figures: opening a seeded synthetic
 * network in a GLSP session (load, ELK auto-layout of never-placed nodes, graph model), "Layout" (ELK
 * plus one undoable command over every node) and the size of the model sent to the client. The
 * baseline is a tenth of the network in the same process.
 */
public final class DiagramBench {
  private DiagramBench() {
  }

  record Figures(double openS, double layoutS, double jsonMb) {
  }

  public static void run(PrintStream out, int nodes, int links) throws Exception {
    Path dir = Files.createTempDirectory("slicewright-diagram-bench");
    try {
      measure(dir, nodes / 10, links / 10); // warm-up: classes, ELK, Guice
      Figures base = measure(dir, nodes / 10, links / 10);
      Figures big = measure(dir, nodes, links);
      out.printf(Locale.ROOT, "topology diagram (GLSP server), %d nodes / %d links: open %.2f s, layout %.2f s, model %.1f MB of JSON%n",
          nodes, links, big.openS(), big.layoutS(), big.jsonMb());
      out.printf(Locale.ROOT, "baseline %d nodes / %d links: open %.3f s, layout %.3f s; ratio %.1fx (open) and %.1fx (layout) for 10x the network%n",
          nodes / 10, links / 10, base.openS(), base.layoutS(), big.openS() / base.openS(), big.layoutS() / base.layoutS());
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
  }

  static Figures measure(Path dir, int nodes, int links) throws Exception {
    Scenario s = ScenarioFactory.eINSTANCE.createScenario();
    s.setId("bench-" + nodes);
    s.setNetwork(LayoutBench.network(nodes, links, 1));
    Path file = dir.resolve("bench-" + nodes + ".slicewright");
    ScenarioResources.save(s, file);
    ScenarioDomains domains = new ScenarioDomains();
    long t0 = System.nanoTime();
    try (LocalDiagramSession d = new LocalDiagramSession(file, domains)) {
      double open = (System.nanoTime() - t0) / 1e9;
      String json = d.modelJson();
      t0 = System.nanoTime();
      d.dispatch(new LayoutOperation());
      double layout = (System.nanoTime() - t0) / 1e9;
      return new Figures(open, layout, json.length() / 1e6);
    }
  }
}
