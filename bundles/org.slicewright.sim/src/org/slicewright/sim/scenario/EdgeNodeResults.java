package org.slicewright.sim.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.SelectionKind;

/**
 * What an edge run says about each board its policy served (same policy and seed): the p95 latency
 * and its health against the policy's QoS budget (pass below 75 %, warning to 90 %, critical above:
 * docs/domain.md section 5), and the utilisation with its class (low below 50 %, mid below 80 %,
 * high). The diagram's overlay and the GeoJSON export both read results through it.
 */
public final class EdgeNodeResults {
  /** One board's results; a value is {@code null} when the run does not have it. */
  public record NodeResult(String node, Double p95Ms, String health, Double utilisation, String utilisationClass) {
  }

  private EdgeNodeResults() {
  }

  /** Results by board id for the runs of {@code selected}'s policy and seed; empty unless it is an edge run. */
  public static Map<String, NodeResult> of(Scenario scenario, Run selected) {
    Map<String, NodeResult> out = new LinkedHashMap<>();
    if (selected == null || !EdgeRunRecords.isEdge(selected)) return out;
    double budget = budgetMs(scenario, selected.getPolicy());
    for (Run r : scenario.getRuns()) {
      if (!EdgeRunRecords.isEdge(r) || !String.valueOf(r.getPolicy()).equals(selected.getPolicy()) || r.getSeed() != selected.getSeed()) continue;
      Double p95 = RunMetrics.find(r, "p95_ms");
      Double util = RunMetrics.find(r, "utilisation");
      String board = EdgeRunRecords.board(r);
      out.put(board, new NodeResult(board, p95, p95 != null && budget > 0 ? health(p95 / budget) : null, util, util == null ? null : utilisationClass(util)));
    }
    return out;
  }

  /** The scenario's last edge run, whose policy the export shows; {@code null} without one. */
  public static Run latest(Scenario scenario) {
    Run last = null;
    for (Run r : scenario.getRuns()) if (EdgeRunRecords.isEdge(r)) last = r;
    return last;
  }

  /** Health of a latency given as a share of the budget: pass, warning or critical. */
  public static String health(double shareOfBudget) {
    return shareOfBudget < 0.75 ? "pass" : shareOfBudget <= 0.90 ? "warning" : "critical";
  }

  /** Utilisation class: low, mid or high. */
  public static String utilisationClass(double utilisation) {
    return utilisation < 0.5 ? "low" : utilisation < 0.8 ? "mid" : "high";
  }

  /**
   * The QoS budget of the scenario's node-selection policy a run was made with; run policy names are
   * the emulator's ("round-robin", "combined(0.40,0.40,0.20)").
   */
  public static double budgetMs(Scenario s, String runPolicy) {
    String p = String.valueOf(runPolicy).toLowerCase(Locale.ROOT);
    SelectionKind kind = p.startsWith("combined")
        ? SelectionKind.COMBINED_WEIGHT
        : p.startsWith("round") ? SelectionKind.ROUND_ROBIN : p.startsWith("least") ? SelectionKind.LEAST_LATENCY : SelectionKind.RANDOM;
    for (NodeSelectionPolicy sp : s.getSelectionPolicies()) if (sp.getKind() == kind) return sp.getQosBudgetMs();
    return s.getSelectionPolicies().isEmpty() ? 0 : s.getSelectionPolicies().get(0).getQosBudgetMs();
  }
}
