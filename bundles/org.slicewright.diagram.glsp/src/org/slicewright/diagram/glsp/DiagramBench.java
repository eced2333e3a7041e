package org.slicewright.diagram.glsp;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.impl.GModelIndexImpl;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.slicewright.diagram.layout.LayoutBench;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.util.ScenarioResources;

/**
 * Benchmark of the topology diagram's server side, printed as figures: opening a seeded synthetic
 * network in a GLSP session (load, auto-layout of never-placed nodes, graph model), "Layout" (the
 * layout plus one undoable command over every node), against a tenth of the network in the same
 * process; writing the model sent to the client, against GLSP's own JSON writer on the same model;
 * and indexing it, against GLSP's own index.
 */
public final class DiagramBench {
  private DiagramBench() {
  }

  record Figures(double openS, double jsonS, double glspJsonS, double layoutS, double jsonMb, double indexS, double glspIndexS, int elements) {
  }

  public static void run(PrintStream out, int nodes, int links) throws Exception {
    Path dir = Files.createTempDirectory("slicewright-diagram-bench");
    try {
      measure(dir, nodes / 10, links / 10); // warm-up: classes, ELK, Guice
      Figures base = measure(dir, nodes / 10, links / 10);
      Figures big = measure(dir, nodes, links);
      out.printf(Locale.ROOT, "topology diagram (GLSP server), %d nodes / %d links: open %.2f s, Layout %.2f s; ratio %.1fx (open) and %.1fx (Layout) against %d nodes / %d links%n",
          nodes, links, big.openS(), big.layoutS(), big.openS() / base.openS(), big.layoutS() / base.layoutS(), nodes / 10, links / 10);
      out.printf(Locale.ROOT, "graph model for the client, %.1f MB of JSON: written in %.2f s, by GLSP's own writer %.2f s; ratio %.2fx (identical text)%n",
          big.jsonMb(), big.jsonS(), big.glspJsonS(), big.jsonS() / big.glspJsonS());
      out.printf(Locale.ROOT, "graph model index, %d elements: by id %.3f s, GLSP's cross-reference index %.3f s; ratio %.2fx%n", big.elements(), big.indexS(),
          big.glspIndexS(), big.indexS() / big.glspIndexS());
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
      t0 = System.nanoTime();
      String json = d.modelJson();
      double toJson = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      String glspJson = d.glspModelJson();
      double glspToJson = (System.nanoTime() - t0) / 1e9;
      if (!glspJson.equals(json)) throw new IllegalStateException("the graph model's JSON differs from GLSP's own");
      // Both indexes of the same model, each on a copy of it without one.
      GModelRoot ours = EcoreUtil.copy(d.state().getRoot()), glsps = EcoreUtil.copy(d.state().getRoot());
      t0 = System.nanoTime();
      GModelIndex byId = GModelIdIndex.of(ours);
      double index = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      GModelIndexImpl crossReferences = new GModelIndexImpl(glsps);
      glsps.eAdapters().add(crossReferences); // as GLSP attaches it: the walk over the model happens here
      double glspIndex = (System.nanoTime() - t0) / 1e9;
      if (!byId.allIds().equals(crossReferences.allIds())) throw new IllegalStateException("the graph model's index differs from GLSP's own");
      t0 = System.nanoTime();
      d.dispatch(new LayoutOperation());
      double layout = (System.nanoTime() - t0) / 1e9;
      return new Figures(open, toJson, glspToJson, layout, json.length() / 1e6, index, glspIndex, byId.allIds().size());
    }
  }
}
