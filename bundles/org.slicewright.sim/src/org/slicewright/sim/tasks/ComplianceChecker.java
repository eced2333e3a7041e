package org.slicewright.sim.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slicewright.model.scenario.Metric;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.ResourceQoS;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;

/**
 * Checks a scenario's QoAIS requirements: for each, whether an evaluated result meets it, misses it
 * or cannot measure it, and on which resources (the task resource QoS derived from it, checked
 * against Table 1 of seed 004).
 */
public final class ComplianceChecker {
  public enum Status { MET, MISSED, NOT_MEASURABLE }

  /** One row of the compliance table. */
  public record Compliance(String service, QoAISIndicator indicator, Comparison comparison, double required, String unit, Status status,
      Double measured, List<String> resources, String detail) {
  }

  /** Metric names of stored runs that measure an indicator. */
  static final Map<QoAISIndicator, String> MEASURED_BY = Map.of(QoAISIndicator.ACCURACY, "accuracy", QoAISIndicator.CONVERGENCE_RATE,
      "convergence_rate", QoAISIndicator.LATENCY, "latency_ms", QoAISIndicator.TRAINING_DURATION, "training_duration_s");

  private ComplianceChecker() {
  }

  public static List<Compliance> check(Scenario s) {
    List<Compliance> out = new ArrayList<>();
    for (Slice sl : s.getSlices()) {
      for (Service svc : sl.getServices()) {
        for (Requirement r : svc.getRequirements()) out.add(check(s, svc, r));
      }
    }
    return out;
  }

  static Compliance check(Scenario s, Service svc, Requirement r) {
    Set<String> resources = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    if (svc instanceof AIService) {
      for (AITask t : ((AIService) svc).getTasks()) {
        for (ResourceQoS q : t.getResourceQos()) {
          if (q.getDerivedFrom() != r) continue;
          resources.add(q.getResource() + " " + q.getMetric() + " (" + t.getId() + ")");
          if (!QoaisMapping.carries(r.getIndicator(), q.getResource())) {
            notes.add(q.getResource() + " does not carry " + r.getIndicator() + " in Table 1");
          }
        }
      }
    }
    if (resources.isEmpty()) {
      for (QoaisMapping.ResourceShare share : QoaisMapping.of(r.getIndicator())) resources.add(share.resource() + " (Table 1, not decomposed)");
    }
    Double measured = measured(s, r.getIndicator());
    Status status;
    if (measured == null) {
      status = Status.NOT_MEASURABLE;
      notes.add(MEASURED_BY.containsKey(r.getIndicator()) ? "no evaluated run reports " + MEASURED_BY.get(r.getIndicator())
          : "no engine measures " + r.getIndicator().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ') + " yet");
    } else {
      boolean ok = r.getComparison() == Comparison.AT_LEAST ? measured >= r.getValue() : measured <= r.getValue();
      status = ok ? Status.MET : Status.MISSED;
    }
    return new Compliance(svc.getId(), r.getIndicator(), r.getComparison(), r.getValue(), r.getUnit(), status, measured, List.copyOf(resources),
        String.join("; ", notes));
  }

  /** The best value of the indicator's metric among the scenario's stored runs (null if none). */
  static Double measured(Scenario s, QoAISIndicator indicator) {
    String name = MEASURED_BY.get(indicator);
    if (name == null) return null;
    Double best = null;
    boolean higherIsBetter = indicator == QoAISIndicator.ACCURACY || indicator == QoAISIndicator.CONVERGENCE_RATE;
    for (Run run : s.getRuns()) {
      for (Metric m : run.getMetrics()) {
        if (!name.equals(m.getName())) continue;
        if (best == null || (higherIsBetter ? m.getValue() > best : m.getValue() < best)) best = m.getValue();
      }
    }
    return best;
  }
}
