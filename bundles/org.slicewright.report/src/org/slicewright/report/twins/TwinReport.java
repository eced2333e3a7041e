package org.slicewright.report.twins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.twins.ReservationPolicy;
import org.slicewright.sim.twins.TwinModelSweep;
import org.slicewright.sim.twins.TwinStudyResult;

/**
 * The twin-fed what-if report: per slice, the demand its level-two twin saw against the forecast and
 * the reservation of the forecasting instance; the forecast error against seasonal-naive; and, per
 * emulation instance, the share of slice-periods meeting the SLA and the RU it cost; where the groups
 * were served; and the twin-model sweep.
 */
public final class TwinReport {
  private TwinReport() {
  }

  /**
   * @param sweep the twin-model sweep's points, empty when the study asks for none
   */
  public static ReportDocument build(String title, List<String[]> summary, TwinStudyResult r, double periodS, List<TwinModelSweep.Point> sweep) {
    ReportDocument doc = new ReportDocument(title);
    doc.heading("Scenario and study");
    doc.add(new ReportDocument.KeyValues(summary));
    doc.heading("Policies compared");
    List<List<String>> rows = new ArrayList<>();
    TwinStudyResult.PolicySummary best = null;
    for (TwinStudyResult.PolicySummary p : r.summaries()) {
      rows.add(List.of(Integer.toString(p.instance()), name(p.policy()), pct(p.slaShare()), f0(p.reservedRU()), f0(p.shortfallRU()), f0(p.totalRU())));
      if (best == null || p.slaShare() > best.slaShare() || (p.slaShare() == best.slaShare() && p.totalRU() < best.totalRU())) best = p;
    }
    doc.add(new ReportDocument.Table("Synchronising the twins cost " + f1(r.syncRU()) + " RU over the study, the same for every instance",
        List.of("instance", "policy", "SLA met", "reserved RU", "shortfall RU", "total RU"), rows));
    doc.paragraph("Most SLA periods met: " + name(best.policy()) + " (" + pct(best.slaShare()) + ", " + f0(best.totalRU()) + " RU).");
    doc.heading("Forecast error (one step ahead)");
    List<List<String>> err = new ArrayList<>();
    for (TwinStudyResult.ForecastError e : r.errors()) {
      err.add(List.of(e.slice(), f3(e.forecastMae()), f3(e.seasonalNaiveMae()), pct(1 - e.forecastMae() / e.seasonalNaiveMae()), f3(e.forecastRmse()),
          f3(e.seasonalNaiveRmse()), f3(e.twinMae()), Integer.toString(e.trainedPeriods())));
    }
    doc.add(new ReportDocument.Table("Against the true demand, in data units/s; the twin's own error is its staleness and quantisation",
        List.of("slice", "GB MAE", "seasonal-naive MAE", "MAE reduction", "GB RMSE", "seasonal-naive RMSE", "twin MAE", "trained on (periods)"), err));
    served(doc, r);
    TwinSweepSection.add(doc, sweep);
    doc.heading("Level-two twins after the run");
    List<List<String>> l2 = new ArrayList<>();
    for (TwinStudyResult.SliceInfo s : r.slices()) {
      for (TwinStudyResult.PolicySummary p : r.summaries()) {
        l2.add(List.of(s.slice(), String.join(" ", s.members()), name(p.policy()), pct(s.utilisation()[p.instance()]), pct(s.slaSatisfaction()[p.instance()])));
      }
    }
    doc.add(new ReportDocument.Table(null, List.of("slice", "members it sees", "instance policy", "utilisation", "SLA satisfaction"), l2));
    doc.heading("Demand, forecast and reservation per slice");
    int forecastInstance = r.summaries().stream().filter(p -> p.policy() == ReservationPolicy.FORECAST).mapToInt(TwinStudyResult.PolicySummary::instance).findFirst()
        .orElse(r.summaries().get(0).instance());
    for (TwinStudyResult.SliceInfo s : r.slices()) {
      doc.add(new ReportDocument.Chart(chart(r, s.slice(), forecastInstance, periodS), 900, 360,
          "Slice " + s.slice() + ": demand (data units/s) per period, the estimate of instance " + forecastInstance + " and its reservation with headroom"));
    }
    return doc;
  }

  /** Where each group was served and what each serving node carried per slice. */
  static void served(ReportDocument doc, TwinStudyResult r) {
    if (r.groups().isEmpty() || r.nodes().isEmpty()) return;
    doc.heading("Serving nodes");
    List<List<String>> groups = new ArrayList<>();
    for (TwinStudyResult.GroupAttachment g : r.groups()) groups.add(List.of(g.twin(), String.join(" -> ", g.nodes()), Integer.toString(g.handovers())));
    doc.add(new ReportDocument.Table("Each period a group is served by its nearest base station or access point",
        List.of("group twin", "served by", "handovers"), groups));
    List<List<String>> nodes = new ArrayList<>();
    for (TwinStudyResult.NodeDemand d : r.nodes()) nodes.add(List.of(d.slice(), d.node(), f3(d.mean()), f3(d.peak())));
    doc.add(new ReportDocument.Table("Slice demand per serving node, data units/s over the study", List.of("slice", "node", "mean", "peak"), nodes));
  }

  static JFreeChart chart(TwinStudyResult r, String slice, int instance, double periodS) {
    List<TwinStudyResult.Row> rows = r.rows().stream().filter(row -> row.instance() == instance && row.slice().equals(slice)).toList();
    return TwinCharts.timeline(slice, periodS, rows.stream().mapToDouble(TwinStudyResult.Row::demand).toArray(),
        rows.stream().mapToDouble(TwinStudyResult.Row::forecast).toArray(), rows.stream().mapToDouble(TwinStudyResult.Row::reserved).toArray());
  }

  static String name(ReservationPolicy p) {
    return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String pct(double v) { return String.format(Locale.ROOT, "%.1f %%", 100 * v); }
  private static String f1(double v) { return String.format(Locale.ROOT, "%.1f", v); }
  private static String f0(double v) { return String.format(Locale.ROOT, "%.0f", v); }
  private static String f3(double v) { return String.format(Locale.ROOT, "%.3f", v); }
}
