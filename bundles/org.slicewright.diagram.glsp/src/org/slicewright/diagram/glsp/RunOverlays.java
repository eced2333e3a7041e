package org.slicewright.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.SelectionKind;
import org.slicewright.sim.scenario.EdgeRunRecords;
import org.slicewright.sim.scenario.RunMetrics;

/**
 * Results drawn over the topology: for a selected edge run, every board its policy served (same
 * policy and seed) gets a health class from its p95 latency against the policy's QoS budget (pass
 * below 75 %, warning to 90 %, critical above: docs/domain.md section 5) and a utilisation class (low below
 * 50 %, mid below 80 %, high). Runs without per-node results (pooling, offloading, twins) draw nothing.
 */
public final class RunOverlays {
  private RunOverlays() {
  }

  /** CSS classes by element id (empty when the run has nothing per node). */
  public static Map<String, List<String>> of(Scenario scenario, Run selected) {
    Map<String, List<String>> classes = new LinkedHashMap<>();
    if (selected == null || !EdgeRunRecords.isEdge(selected)) return classes;
    double budget = budgetMs(scenario, selected.getPolicy());
    for (Run r : scenario.getRuns()) {
      if (!EdgeRunRecords.isEdge(r) || !String.valueOf(r.getPolicy()).equals(selected.getPolicy()) || r.getSeed() != selected.getSeed()) continue;
      List<String> c = new ArrayList<>(2);
      Double p95 = RunMetrics.find(r, "p95_ms");
      if (p95 != null && budget > 0) c.add(health(p95 / budget));
      Double util = RunMetrics.find(r, "utilisation");
      if (util != null) c.add(util < 0.5 ? "util-low" : util < 0.8 ? "util-mid" : "util-high");
      classes.put(EdgeRunRecords.board(r), c);
    }
    return classes;
  }

  /** Health of a latency given as a share of the budget. */
  static String health(double shareOfBudget) {
    return shareOfBudget < 0.75 ? "health-pass" : shareOfBudget <= 0.90 ? "health-warning" : "health-critical";
  }

  /**
   * The QoS budget of the scenario's node-selection policy a run was made with; run policy names are
   * the emulator's ("round-robin", "combined(0.40,0.40,0.20)").
   */
  static double budgetMs(Scenario s, String runPolicy) {
    String p = String.valueOf(runPolicy).toLowerCase(Locale.ROOT);
    SelectionKind kind = p.startsWith("combined") ? SelectionKind.COMBINED_WEIGHT
        : p.startsWith("round") ? SelectionKind.ROUND_ROBIN : p.startsWith("least") ? SelectionKind.LEAST_LATENCY : SelectionKind.RANDOM;
    for (NodeSelectionPolicy sp : s.getSelectionPolicies()) if (sp.getKind() == kind) return sp.getQosBudgetMs();
    return s.getSelectionPolicies().isEmpty() ? 0 : s.getSelectionPolicies().get(0).getQosBudgetMs();
  }
}
