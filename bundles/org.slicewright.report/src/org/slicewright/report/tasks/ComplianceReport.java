package org.slicewright.report.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.report.ReportDocument;
import org.slicewright.sim.tasks.ComplianceChecker;
import org.slicewright.sim.tasks.TrainingCompliance;

/**
 * QoAIS compliance in a report: the requirements of the task-oriented native-AI architecture against
 * the run checked (met, missed or not measured, with the measured value and how it was measured, and
 * the task resource QoS carrying each through Table 1), and for training studies how every run fares.
 */
public final class ComplianceReport {
  /** The citation of the architecture whose QoAIS indicators and Table 1 mapping the tool uses. */
  public static final String TONA = "Y. Yang, J. Wu, T. Chen, C. Peng, J. Wang, J. Deng, X. Tao, G. Liu, W. Li, L. Yang, Y. He, T. Yang, A. H. Aghvami, "
      + "F. Eliassen, S. Dustdar, D. Niyato, W. Sun, Y. Xu, Y. Yuan, J. Xie, R. Li, C. Dai, \"Task-Oriented 6G Native-AI Network Architecture\", "
      + "IEEE Network 38(1), 2024.";

  private ComplianceReport() {
  }

  public static List<String> header() {
    return List.of("service", "indicator", "required", "status", "measured", "how / detail", "resources");
  }

  /** One run's compliance rows. */
  public record RunRows(String run, List<ComplianceChecker.Compliance> rows) {
  }

  /**
   * The compliance table: one block of rows per run checked, with a sentence per run saying how many
   * requirements it meets.
   */
  public static void add(ReportDocument doc, String heading, List<RunRows> runs) {
    if (runs.stream().allMatch(r -> r.rows().isEmpty())) return;
    doc.heading(heading);
    doc.paragraph("Indicators and their mapping to task resource QoS after " + TONA);
    boolean several = runs.size() > 1;
    List<List<String>> table = new ArrayList<>();
    for (RunRows run : runs) {
      long met = run.rows().stream().filter(c -> c.status() == ComplianceChecker.Status.MET).count();
      long missed = run.rows().stream().filter(c -> c.status() == ComplianceChecker.Status.MISSED).count();
      doc.paragraph(String.format(Locale.ROOT, "Run checked: %s. %d of %d requirements met, %d missed, %d not measured.", run.run(), met, run.rows().size(),
          missed, run.rows().size() - met - missed));
      for (ComplianceChecker.Compliance c : run.rows()) {
        List<String> row = new ArrayList<>();
        if (several) row.add(run.run());
        String measured = c.measured() == null ? "" : Double.isInfinite(c.measured()) ? "not reached" : value(c.measured()) + unit(c);
        row.addAll(List.of(c.service(), c.indicator().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '), required(c),
            c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), measured, c.detail(), String.join("; ", c.resources())));
        table.add(row);
      }
    }
    List<String> header = new ArrayList<>();
    if (several) header.add("run");
    header.addAll(header());
    doc.add(new ReportDocument.Table(null, header, table));
  }

  /** How every run of a training study fares against the requirements. */
  public static void runs(ReportDocument doc, List<TrainingCompliance.RunCheck> runs) {
    if (runs.isEmpty()) return;
    List<List<String>> table = new ArrayList<>();
    for (TrainingCompliance.RunCheck r : runs) {
      table.add(List.of(r.run().run(), Integer.toString(r.met()), Integer.toString(r.missed()), Integer.toString(r.notMeasurable())));
    }
    doc.add(new ReportDocument.Table("Every evaluated run against the same requirements (the planner's alternatives)",
        List.of("run", "met", "missed", "not measured"), table));
  }

  public static String required(ComplianceChecker.Compliance c) {
    String op = c.comparison().getLiteral().equals("AT_LEAST") ? ">= " : "<= ";
    return op + value(c.required()) + unit(c);
  }

  private static String unit(ComplianceChecker.Compliance c) {
    return c.unit() == null || c.unit().isBlank() ? "" : " " + c.unit();
  }

  public static String value(double v) {
    if (Double.isInfinite(v)) return "not reached";
    if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
