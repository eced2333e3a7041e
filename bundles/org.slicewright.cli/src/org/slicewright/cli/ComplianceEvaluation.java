package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.tasks.ComplianceChecker;

/**
 * The QoAIS compliance table ({@code compliance.csv}:
 * {@code run,service,indicator,comparison,required,unit,status,measured,resources,detail}). The
 * pooling and edge evaluations write it for the runs they check; {@code evaluate} on a scenario whose
 * services carry requirements but no study writes it alone (every requirement not measured) with
 * its report.
 */
final class ComplianceEvaluation {
  static final String HEADER = "run,service,indicator,comparison,required,unit,status,measured,resources,detail";
  private final PrintStream out;

  ComplianceEvaluation(PrintStream out) {
    this.out = out;
  }

  int run(Path file, Scenario s, Path dir) throws UsageException {
    List<ComplianceChecker.Compliance> rows = ComplianceChecker.check(s, null);
    String run = "none (the scenario has no study to measure its requirements: add a pooling study for training or node-selection policies for inference)";
    try {
      write(dir, List.of(new ComplianceReport.RunRows("none", rows)));
      ReportDocument doc = new ReportDocument("QoAIS compliance: " + (s.getName() == null ? s.getId() : s.getName()));
      ComplianceReport.add(doc, "QoAIS compliance", List.of(new ComplianceReport.RunRows(run, rows)));
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    out.println(String.format(Locale.ROOT, "%s: %d requirements, none measurable without a study -> %s", file, rows.size(), dir));
    return ExitCodes.OK;
  }

  /** Writes {@code compliance.csv} with the rows of each run checked. */
  static void write(Path dir, List<ComplianceReport.RunRows> runs) throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (ComplianceReport.RunRows run : runs) {
      for (ComplianceChecker.Compliance c : run.rows()) {
        List<String> r = List.of(run.run(), c.service(), c.indicator().getLiteral(), c.comparison().getLiteral(), String.format(Locale.ROOT, "%.6g", c.required()),
            c.unit() == null ? "" : c.unit(), c.status().name(), measured(c),
            String.join(" | ", c.resources()), c.detail());
        csv.append(String.join(",", r.stream().map(ComplianceEvaluation::quote).toList())).append('\n');
      }
    }
    ScenarioResources.writeAtomically(dir.resolve("compliance.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
  }

  /** The measured value; empty when there is none or it was never reached (the detail says which): a result holds no NaN or infinity. */
  private static String measured(ComplianceChecker.Compliance c) {
    return c.measured() == null || !Double.isFinite(c.measured()) ? "" : String.format(Locale.ROOT, "%.6g", c.measured());
  }

  /** "met/total met" for the command's summary line. */
  static String summary(List<ComplianceChecker.Compliance> rows) {
    long met = rows.stream().filter(c -> c.status() == ComplianceChecker.Status.MET).count();
    long missed = rows.stream().filter(c -> c.status() == ComplianceChecker.Status.MISSED).count();
    return String.format(Locale.ROOT, "%d met, %d missed, %d not measured", met, missed, rows.size() - met - missed);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
