package org.slicewright.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.examples.Examples;
import org.slicewright.sim.scenario.EdgeNodeResults;
import org.slicewright.sim.scenario.RunMetrics;

/** Results drawn over the topology: health and utilisation classes from a selected edge run. */
class RunOverlaysTest {
  @TempDir
  Path dir;

  static Run edgeRun(String policy, String board, double p95, double util) {
    Run r = ScenarioFactory.eINSTANCE.createRun();
    r.setId("run-" + policy + "-" + board);
    r.setPolicy(policy);
    r.setParameters("board=" + board);
    r.setSeed(3);
    RunMetrics.add(r, "p95_ms", p95, "ms");
    RunMetrics.add(r, "utilisation", util, "");
    return r;
  }

  @Test
  void classifiesEveryBoardOfTheSelectedPolicyAgainstItsBudget() {
    Scenario s = Examples.load("hetero-edge");
    double budget = EdgeNodeResults.budgetMs(s, "combined(0.40,0.40,0.20)");
    assertEquals(150, budget, 1e-9, "the example's QoS budget");
    Run a = edgeRun("combined(0.40,0.40,0.20)", "coral", 0.5 * budget, 0.3);
    Run b = edgeRun("combined(0.40,0.40,0.20)", "jetson-nano", 0.8 * budget, 0.6);
    Run c = edgeRun("combined(0.40,0.40,0.20)", "up-squared", 1.2 * budget, 0.95);
    Run other = edgeRun("round-robin", "coral", 2 * budget, 1.0);
    s.getRuns().addAll(List.of(a, b, c, other));
    Map<String, List<String>> m = RunOverlays.of(s, b);
    assertEquals(List.of("health-pass", "util-low"), m.get("coral"));
    assertEquals(List.of("health-warning", "util-mid"), m.get("jetson-nano"));
    assertEquals(List.of("health-critical", "util-high"), m.get("up-squared"));
    assertEquals(3, m.size(), "only the selected policy's boards");
    assertEquals(List.of("health-critical", "util-high"), RunOverlays.of(s, other).get("coral"));
    assertTrue(RunOverlays.of(s, null).isEmpty());
    assertEquals("warning", EdgeNodeResults.health(0.90), "90 % of the budget is still a warning");
  }

  @Test
  void anOpenDiagramRedrawsWithTheOverlay() throws Exception {
    Path file = dir.resolve("hetero.slicewright");
    Scenario s = Examples.load("hetero-edge");
    s.getRuns().add(edgeRun("combined(0.40,0.40,0.20)", "coral", 200, 0.9));
    ScenarioResources.save(s, file);
    ScenarioDomains domains = new ScenarioDomains();
    try (LocalDiagramSession d = new LocalDiagramSession(file, domains)) {
      GModelElement coral = d.element("coral");
      assertTrue(coral.getCssClasses().stream().noneMatch(c -> c.startsWith("health-")));
      Scenario open = d.scenario();
      domains.setOverlay(file, RunOverlays.of(open, open.getRuns().get(open.getRuns().size() - 1)));
      long end = System.currentTimeMillis() + 10_000;
      while (!d.element("coral").getCssClasses().contains("health-critical") && System.currentTimeMillis() < end) Thread.sleep(20);
      assertTrue(d.element("coral").getCssClasses().containsAll(List.of("health-critical", "util-high")), d.element("coral").getCssClasses().toString());
      domains.setOverlay(file, Map.of());
      end = System.currentTimeMillis() + 10_000;
      while (d.element("coral").getCssClasses().contains("health-critical") && System.currentTimeMillis() < end) Thread.sleep(20);
      assertTrue(d.element("coral").getCssClasses().stream().noneMatch(c -> c.startsWith("health-")), "cleared");
    }
  }
}
