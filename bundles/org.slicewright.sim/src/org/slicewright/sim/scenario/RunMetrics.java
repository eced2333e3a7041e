package org.slicewright.sim.scenario;

import org.slicewright.model.scenario.Metric;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.ScenarioFactory;

/** Reading and writing the named metrics of a stored {@link Run}, for every kind of what-if. */
public final class RunMetrics {
  private RunMetrics() {
  }

  /** The metric's value, or null when the run has none of that name. */
  public static Double find(Run run, String name) {
    for (Metric m : run.getMetrics()) if (name.equals(m.getName())) return m.getValue();
    return null;
  }

  /** The metric's value; a run without it is an error that names the run and the metric. */
  public static double get(Run run, String name) {
    Double v = find(run, name);
    if (v == null) throw new IllegalArgumentException("run '" + run.getId() + "' has no metric '" + name + "'");
    return v;
  }

  public static void add(Run run, String name, double value, String unit) {
    Metric m = ScenarioFactory.eINSTANCE.createMetric();
    m.setName(name);
    m.setValue(value);
    m.setUnit(unit);
    run.getMetrics().add(m);
  }
}
