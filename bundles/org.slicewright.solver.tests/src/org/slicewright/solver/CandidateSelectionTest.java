package org.slicewright.solver;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CandidateSelectionTest {
  /** Accuracy falls and RU falls with more sub-pools (the resource-pooling study's trade-off). */
  static List<PolicyPoint> space() {
    List<PolicyPoint> ps = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      ps.add(new PolicyPoint("k-means", Map.of("subpools", (double) k), Map.of("accuracy", 0.90 - 0.01 * k, "convergence_rate", 0.5 - 0.02 * k,
          "ru_total", k == 6 ? 500.0 : 1000.0 - 100 * k), true));
    }
    return ps;
  }

  @Test
  void ranksFeasiblePoliciesByCostAndNamesTheBindingRequirement() {
    CandidateSelection.Selection s = CandidateSelection.select(space(), List.of(new RequirementBound("accuracy", true, 0.855)), "ru_total");
    // k = 1..4 meet accuracy >= 0.855; cheapest is k = 4 (600 RU).
    assertEquals(4, s.candidates().size());
    assertEquals(4.0, s.candidates().get(0).point().parameters().get("subpools"));
    assertEquals(600, s.candidates().get(0).cost());
    assertEquals(List.of(1, 2, 3, 4), s.candidates().stream().map(CandidateSelection.Candidate::rank).toList());
    assertTrue(s.explanation().stream().anyMatch(l -> l.startsWith("accuracy >= 0.8550 binds: without it k-means subpools=8 would cost 200.0 (66.7 % less)")), s.explanation().toString());
  }

  @Test
  void tiesShareARank() {
    CandidateSelection.Selection s = CandidateSelection.select(space(), List.of(new RequirementBound("accuracy", true, 0.835)), "ru_total");
    // k = 1..6 qualify; k = 5 and k = 6 both cost 500.
    assertEquals(1, s.candidates().get(0).rank());
    assertEquals(1, s.candidates().get(1).rank());
    assertTrue(s.candidates().get(0).tied() && s.candidates().get(1).tied());
    assertEquals(3, s.candidates().get(2).rank());
    assertTrue(s.explanation().stream().anyMatch(l -> l.startsWith("tie: 2 policies")), s.explanation().toString());
  }

  @Test
  void infeasibilityIsExplainedPerRequirement() {
    CandidateSelection.Selection s = CandidateSelection.select(space(),
        List.of(new RequirementBound("accuracy", true, 0.88), new RequirementBound("convergence_rate", true, 0.49)), "ru_total");
    assertFalse(s.feasible());
    assertTrue(s.explanation().contains("accuracy >= 0.8800: met by 2 of 8; best 0.8900 at k-means subpools=1"), s.explanation().toString());
    assertTrue(s.explanation().contains("convergence_rate >= 0.4900: met by 0 of 8; best 0.4800 at k-means subpools=1"), s.explanation().toString());
  }

  @Test
  void unknownMetricIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CandidateSelection.select(space(), List.of(new RequirementBound("latency_ms", false, 10)), "ru_total"));
    assertTrue(e.getMessage().contains("has no metric 'latency_ms'"), e.getMessage());
  }
}
