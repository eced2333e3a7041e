package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.tasks.ComplianceChecker;

/**
 * {@code evaluate} for a scenario whose services carry QoAIS requirements but no policy to run:
 * writes the QoAIS compliance table ({@code compliance.csv}, report.html, report.pdf): each
 * requirement met, missed or not measurable by the evaluated runs, and the resources carrying it.
 */
final class ComplianceEvaluation {
  static final String HEADER = "service,indicator,comparison,required,unit,status,measured,resources,detail";
  private final PrintStream out;

  ComplianceEvaluation(PrintStream out) {
    this.out = out;
  }

  int run(Path file, Scenario s, Path dir) throws UsageException {
    List<ComplianceChecker.Compliance> rows = ComplianceChecker.check(s);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    List<List<String>> table = new ArrayList<>();
    for (ComplianceChecker.Compliance c : rows) {
      List<String> r = List.of(c.service(), c.indicator().getLiteral(), c.comparison().getLiteral(), String.format(Locale.ROOT, "%.6g", c.required()),
          c.unit() == null ? "" : c.unit(), c.status().name(), c.measured() == null ? "" : String.format(Locale.ROOT, "%.6g", c.measured()),
          String.join(" | ", c.resources()), c.detail());
      table.add(r);
      csv.append(String.join(",", r.stream().map(ComplianceEvaluation::quote).toList())).append('\n');
    }
    try {
      ScenarioResources.writeAtomically(dir.resolve("compliance.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      ReportDocument doc = new ReportDocument("QoAIS compliance: " + (s.getName() == null ? s.getId() : s.getName()));
      doc.paragraph("Each QoAIS requirement of the scenario's services, whether the evaluated runs meet it, and the task resource QoS "
          + "that carries it (seed 004, Table 1: QoAIS -> task QoS -> connection, computing, data and algorithm QoS).");
      doc.add(new ReportDocument.Table(null, List.of("service", "indicator", "comparison", "required", "unit", "status", "measured", "resources", "detail"), table));
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    long met = rows.stream().filter(c -> c.status() == ComplianceChecker.Status.MET).count();
    long missed = rows.stream().filter(c -> c.status() == ComplianceChecker.Status.MISSED).count();
    out.println(String.format(Locale.ROOT, "%s: %d requirements: %d met, %d missed, %d not measurable -> %s", file, rows.size(), met, missed,
        rows.size() - met - missed, dir));
    return ExitCodes.OK;
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
