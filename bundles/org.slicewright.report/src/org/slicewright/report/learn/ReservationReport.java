package org.slicewright.report.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slicewright.report.ReportDocument;
import org.slicewright.solver.ReservationPlan;

/** The reservation plan page: AVAP reservations and instances, busiest VAPs and migrations, or the capacities that are short. */
public final class ReservationReport {
  private static final int SHOWN = 20;

  private ReservationReport() {
  }

  public static ReportDocument build(String title, List<String[]> summary, ReservationPlan plan) {
    ReportDocument doc = new ReportDocument(title);
    doc.heading("Scenario and model");
    List<String[]> rows = new ArrayList<>(summary);
    rows.add(new String[] { "model", String.format(Locale.ROOT, "%d variables (%d integer), %d constraints; solved by ojAlgo in %.2f s", plan.variables(),
        plan.integers(), plan.constraints(), plan.solveSeconds()) });
    rows.add(new String[] { "result", plan.feasible() ? String.format(Locale.ROOT, "optimal, cost %.4g RU/s", plan.cost()) : "infeasible: capacities are short" });
    doc.add(new ReportDocument.KeyValues(rows));
    if (!plan.feasible()) {
      doc.heading("Short capacities");
      doc.paragraph("No reservation is proposed: the demand does not fit. The least total shortage (an elastic copy of the model with penalised slack on every capacity) needs:");
      List<List<String>> t = new ArrayList<>();
      for (ReservationPlan.Shortage s : plan.shortages()) {
        t.add(List.of(s.node(), s.resource(), fourDigits(s.capacity()), fourDigits(s.needed()), fourDigits(s.needed() - s.capacity())));
      }
      doc.add(new ReportDocument.Table(null, List.of("node", "resource", "capacity", "needed", "short by"), t));
      return doc;
    }
    doc.heading("AVAP reservations (first level)");
    List<List<String>> a = new ArrayList<>();
    for (ReservationPlan.AvapReservation r : plan.avaps()) a.add(List.of(r.slice(), r.subPool(), fourDigits(r.compute()), fourDigits(r.storage()), Integer.toString(r.instances())));
    doc.add(new ReportDocument.Table(null, List.of("slice", "sub-pool", "compute (GFLOP/s)", "storage (GB)", "instances"), a));
    doc.heading("VAP shares with migration (second level)");
    List<ReservationPlan.VapReservation> mig = plan.vaps().stream().filter(v -> v.migrationMbps() > 1e-9)
        .sorted(Comparator.comparingDouble(ReservationPlan.VapReservation::migrationMbps).reversed()).toList();
    doc.paragraph(mig.isEmpty() ? "Every VAP holds its own demand: no data migrates." : mig.size() + " VAPs send data to others in their sub-pool (largest first).");
    List<List<String>> v = new ArrayList<>();
    for (ReservationPlan.VapReservation r : mig.subList(0, Math.min(SHOWN, mig.size()))) {
      v.add(List.of(r.slice(), r.subPool(), r.node(), fourDigits(r.compute()), fourDigits(r.storage()), fourDigits(r.migrationMbps())));
    }
    if (!v.isEmpty()) doc.add(new ReportDocument.Table(null, List.of("slice", "sub-pool", "node", "compute (GFLOP/s)", "storage (GB)", "migration (Mbit/s)"), v));
    return doc;
  }

  private static String fourDigits(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
