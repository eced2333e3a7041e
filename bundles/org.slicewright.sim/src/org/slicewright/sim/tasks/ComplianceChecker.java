package org.slicewright.sim.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * Checks QoAIS requirements against one run, the run the planner would deploy: for each requirement,
 * whether that run meets it, misses it or does not measure it, and on which resources (the task
 * resource QoS derived from it, checked against Table 1 of the task-oriented native-AI architecture).
 * Another run meeting a requirement does not make it met.
 */
public final class ComplianceChecker {
  public enum Status { MET, MISSED, NOT_MEASURABLE }

  /** One row of the compliance table; {@code measured} is in the requirement's unit. */
  public record Compliance(String service, QoAISIndicator indicator, Comparison comparison, double required, String unit, Status status,
      Double measured, List<String> resources, String detail) {
  }

  private ComplianceChecker() {
  }

  /** Every requirement of the scenario's services against {@code run} (null: no run evaluated). */
  public static List<Compliance> check(Scenario s, QoaisMeasurement run) {
    List<Compliance> out = new ArrayList<>();
    for (Service svc : services(s)) for (Requirement r : svc.getRequirements()) out.add(check(svc, r, run));
    return out;
  }

  /** Every service of every slice, in model order. */
  public static List<Service> services(Scenario s) {
    List<Service> out = new ArrayList<>();
    for (Slice sl : s.getSlices()) out.addAll(sl.getServices());
    return out;
  }

  /** One requirement of one service against {@code run} (null: no run evaluated). */
  public static Compliance check(Service svc, Requirement r, QoaisMeasurement run) {
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
    Double base = run == null ? null : run.values().get(r.getIndicator());
    Double measured = base == null ? null : QoaisUnits.convert(r.getIndicator(), base, r.getUnit());
    Status status;
    if (run == null) {
      status = Status.NOT_MEASURABLE;
      notes.add("no run evaluated");
    } else if (base == null) {
      status = Status.NOT_MEASURABLE;
      notes.add("run " + run.run() + " does not measure " + r.getIndicator().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '));
    } else if (measured == null) {
      status = Status.NOT_MEASURABLE;
      notes.add("unit '" + r.getUnit() + "' is not one the tool converts to (" + QoaisUnits.units(r.getIndicator()) + ")");
    } else {
      boolean ok = r.getComparison() == Comparison.AT_LEAST ? measured >= r.getValue() : measured <= r.getValue();
      status = ok ? Status.MET : Status.MISSED;
      notes.add(0, run.how().get(r.getIndicator()));
    }
    return new Compliance(svc.getId(), r.getIndicator(), r.getComparison(), r.getValue(), r.getUnit(), status, measured, List.copyOf(resources),
        String.join("; ", notes));
  }
}
