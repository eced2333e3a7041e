package org.slicewright.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.scenario.EdgeNodeResults;

/**
 * Results drawn over the topology: for a selected edge run, every board its policy served gets a
 * health class ({@code health-pass}, {@code -warning}, {@code -critical}) and a utilisation class
 * ({@code util-low}, {@code -mid}, {@code -high}), as {@link EdgeNodeResults} classifies them. Runs
 * without per-node results (pooling, offloading, twins) draw nothing.
 */
public final class RunOverlays {
  private RunOverlays() {
  }

  /** CSS classes by element id (empty when the run has nothing per node). */
  public static Map<String, List<String>> of(Scenario scenario, Run selected) {
    Map<String, List<String>> classes = new LinkedHashMap<>();
    for (EdgeNodeResults.NodeResult r : EdgeNodeResults.of(scenario, selected).values()) {
      List<String> c = new ArrayList<>(2);
      if (r.health() != null) c.add("health-" + r.health());
      if (r.utilisationClass() != null) c.add("util-" + r.utilisationClass());
      classes.put(r.node(), c);
    }
    return classes;
  }
}
