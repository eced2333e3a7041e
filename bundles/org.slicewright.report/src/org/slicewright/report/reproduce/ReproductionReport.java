package org.slicewright.report.reproduce;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.slicewright.learn.reproduce.Finding;
import org.slicewright.learn.reproduce.EdgeFindings;
import org.slicewright.learn.reproduce.OffloadingFindings;
import org.slicewright.learn.reproduce.PoolingFindings;
import org.slicewright.learn.reproduce.QoaisFindings;
import org.slicewright.learn.reproduce.TwinFindings;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.edge.EdgeReport;
import org.slicewright.report.offloading.OffloadingReport;
import org.slicewright.report.pooling.PoolingCharts;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.report.twins.TwinSweepSection;
import org.slicewright.sim.offloading.OffloadingStudy;
import org.slicewright.sim.pooling.PoolingRunResult;

/**
 * The report of {@code reproduce}: for each source paper, its findings beside the tool's values and
 * verdicts, then the tool's charts with the paper's figure they correspond to. Every sentence comes
 * from the run: the settings table is the caller's, the findings and charts are computed here.
 */
public final class ReproductionReport {
  private ReproductionReport() {
  }

  public static List<String> header() {
    return List.of("finding", "paper", "tolerance", "tool", "verdict");
  }

  public static ReportDocument build(List<String[]> settings, PoolingFindings.Outcome pooling, List<String[]> offloadingSettings,
      OffloadingFindings.Outcome offloading, List<String[]> edgeSettings, EdgeFindings.Outcome edge) {
    ReportDocument doc = new ReportDocument("Reproduction of the source studies");
    doc.paragraph("Each finding of a source study is set beside the value the tool measures on the bundled example under the study's "
        + "conditions. A verdict says whether the tool's value lies within the stated tolerance; the tolerance column gives its reason.");
    doc.heading("Resource pooling for AI services (" + PoolingFindings.PAPER + ")");
    doc.paragraph("M. Li, J. Gao, C. Zhou, X. Shen, W. Zhuang, \"Slicing-Based Artificial Intelligence Service Provisioning on the Network Edge: "
        + "Balancing AI Service Performance and Resource Consumption of Data Management\", IEEE Vehicular Technology Magazine 16(4), 2021.");
    doc.add(new ReportDocument.KeyValues(settings));
    doc.add(findingsTable(pooling.findings()));
    if (pooling.canceled()) doc.paragraph("The run was cancelled: findings cover the finished runs only.");
    if (!pooling.fig5().isEmpty()) {
      doc.add(chart(PoolingCharts.Kind.ACCURACY, pooling.fig5(), "Paper Fig. 5(a): accuracy falls by about 5 % from 1 to 32 sub-pools at lambda max = 1. "
          + "Tool: every seed's run, lambda max = 1."));
      doc.add(chart(PoolingCharts.Kind.CONVERGENCE, pooling.fig5(), "Paper Fig. 5(a): the convergence rate of the loss falls by about 0.2. "
          + "Tool: share of the remaining excess test loss removed per aggregation round (1 - exp(-b) of the fitted decay b)."));
      doc.add(new ReportDocument.Chart(communicationAndComputing(pooling.fig5()), 760, 380,
          "Paper Fig. 5(b): fewer sub-pools need more communication and less computing. Tool: mean over seeds, lambda max = 1."));
    }
    if (!pooling.topLoad().isEmpty()) {
      List<PoolingRunResult> both = new ArrayList<>(pooling.fig5());
      both.addAll(pooling.topLoad());
      doc.add(chart(PoolingCharts.Kind.TRADE_OFF, both, "Paper Fig. 6 and Sec. IV-A: higher load raises RU, lower load lowers accuracy, "
          + "and pooling policies trade accuracy against RU. Tool: every run, both loads."));
    }
    doc.add(PoolingReport.runsTable(new ArrayList<>(concat(pooling.fig5(), pooling.topLoad()))));
    offloading(doc, offloadingSettings, offloading);
    edge(doc, edgeSettings, edge);
    return doc;
  }

  private static void edge(ReportDocument doc, List<String[]> settings, EdgeFindings.Outcome o) {
    doc.heading("Heterogeneous edge inference (" + EdgeFindings.PAPER + ")");
    doc.paragraph("R. Morabito, M. Tatipamula, S. Tarkoma, M. Chiang, \"Edge AI Inference in Heterogeneous Constrained Computing: Feasibility and "
        + "Opportunities\", IEEE International Workshop on Computer Aided Modeling and Design of Communication Links and Networks (CAMAD), 2023.");
    doc.add(new ReportDocument.KeyValues(settings));
    if (o == null) {
      doc.paragraph("The run was cancelled before the edge emulation.");
      return;
    }
    doc.add(findingsTable(o.findings()));
    EdgeReport.frameDoubling(doc, o.doubling());
  }

  /** The digital-twin findings with the twin-model sweep. */
  static void twins(ReportDocument doc, List<String[]> settings, TwinFindings.Outcome o) {
    doc.heading("Digital twins and holistic network virtualisation (" + TwinFindings.PAPER + ")");
    doc.paragraph("X. Shen, J. Gao, W. Wu, M. Li, C. Zhou, W. Zhuang, \"Holistic Network Virtualization and Pervasive Network Intelligence for 6G\", "
        + "IEEE Communications Surveys & Tutorials 24(1), 2022.");
    doc.add(new ReportDocument.KeyValues(settings));
    if (o == null) {
      doc.paragraph("The run was cancelled before the twin study.");
      return;
    }
    doc.add(findingsTable(o.findings()));
    TwinSweepSection.add(doc, o.sweep());
  }

  /** The QoAIS table of the task-oriented architecture, measured on the training runs. */
  static void tasks(ReportDocument doc, List<String[]> settings, QoaisFindings.Outcome o) {
    doc.heading("Task-oriented native AI: QoAIS (" + QoaisFindings.PAPER + ")");
    doc.paragraph(ComplianceReport.TONA);
    doc.add(new ReportDocument.KeyValues(settings));
    if (o == null) {
      doc.paragraph("The run was cancelled before the training runs.");
      return;
    }
    doc.add(findingsTable(o.findings()));
    ComplianceReport.runs(doc, o.compliance().runs());
  }

  private static void offloading(ReportDocument doc, List<String[]> settings, OffloadingFindings.Outcome o) {
    doc.heading("Edge/cloud offloading with a distributed LSTM (" + OffloadingFindings.PAPER + ")");
    doc.paragraph("A. Ehsanian, T. Spyropoulos, \"Edge/Cloud Slice Resource Allocation for Beyond 5G Networks With Distributed LSTM\", "
        + "IEEE 35th International Symposium on Personal, Indoor and Mobile Radio Communications (PIMRC), 2024.");
    doc.add(new ReportDocument.KeyValues(settings));
    doc.add(findingsTable(o.findings()));
    if (o.canceled()) doc.paragraph("The run was cancelled: findings cover the finished studies only.");
    if (o.results().isEmpty()) return;
    OffloadingStudy.Result first = o.results().get(0);
    for (double w : new double[] { 0.9, 0.1 }) {
      doc.add(new ReportDocument.Chart(OffloadingReport.tradeOff(first, w, OffloadingStudy.POLICIES, true), 760, 380, String.format(Locale.ROOT,
          "Paper Fig. 3%s: trade-off curves at (w_L, w_R) = (%.1f, %.1f). Tool: first seed, test windows, with the centralised baselines at share 0.",
          w == 0.9 ? "(a)" : "(c)", w, 1 - w)));
    }
  }

  static ReportDocument.Table findingsTable(List<Finding> findings) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : findings) rows.add(List.of(f.finding(), f.paperValue(), f.tolerance(), f.toolValue(), f.verdict().label()));
    return new ReportDocument.Table("Findings", header(), rows);
  }

  /** Mean communication and computing RU against the number of sub-pools. */
  static JFreeChart communicationAndComputing(List<PoolingRunResult> runs) {
    XYSeries comm = new XYSeries("communication"), comp = new XYSeries("computing");
    TreeMap<Integer, List<PoolingRunResult>> byK = new TreeMap<>();
    for (PoolingRunResult r : runs) byK.computeIfAbsent(r.subpools(), k -> new ArrayList<>()).add(r);
    for (var e : byK.entrySet()) {
      comm.add(e.getKey().intValue(), e.getValue().stream().mapToDouble(PoolingRunResult::ruCommunication).average().orElse(0));
      comp.add(e.getKey().intValue(), e.getValue().stream().mapToDouble(PoolingRunResult::ruComputing).average().orElse(0));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(comm);
    data.addSeries(comp);
    JFreeChart chart = ChartFactory.createXYLineChart("Communication and computing RU vs sub-pools", "sub-pools k", "RU", data,
        PlotOrientation.VERTICAL, true, true, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static ReportDocument.Chart chart(PoolingCharts.Kind kind, List<PoolingRunResult> runs, String caption) {
    return new ReportDocument.Chart(PoolingCharts.build(kind, runs).chart(), 760, 380, caption);
  }

  private static List<PoolingRunResult> concat(List<PoolingRunResult> a, List<PoolingRunResult> b) {
    List<PoolingRunResult> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
