package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.tasks.ComplianceChecker;

/**
 * The QoAIS compliance table, {@code compliance.csv}:
 * {@code run,service,indicator,comparison,required,unit,status,measured,resources,detail}, one row per
 * requirement of each run checked.
 */
public final class ComplianceCsv {
  public static final String FILE = "compliance.csv";
  public static final String HEADER = "run,service,indicator,comparison,required,unit,status,measured,resources,detail";

  private ComplianceCsv() {
  }

  public static void write(Path dir, List<ComplianceReport.RunRows> runs) throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (ComplianceReport.RunRows run : runs) {
      for (ComplianceChecker.Compliance c : run.rows()) {
        List<String> r = List.of(run.run(), c.service(), c.indicator().getLiteral(), c.comparison().getLiteral(), String.format(Locale.ROOT, "%.6g", c.required()),
            c.unit() == null ? "" : c.unit(), c.status().name(), measured(c), String.join(" | ", c.resources()), c.detail());
        csv.append(String.join(",", r.stream().map(WhatIfFiles::quote).toList())).append('\n');
      }
    }
    WhatIfFiles.write(dir, FILE, csv);
  }

  /** The measured value; empty when there is none or it was never reached (the detail says which): a result holds no NaN or infinity. */
  private static String measured(ComplianceChecker.Compliance c) {
    return c.measured() == null || !Double.isFinite(c.measured()) ? "" : String.format(Locale.ROOT, "%.6g", c.measured());
  }

  /** "2 met, 0 missed, 3 not measured", for summary lines. */
  public static String summary(List<ComplianceChecker.Compliance> rows) {
    long met = rows.stream().filter(c -> c.status() == ComplianceChecker.Status.MET).count();
    long missed = rows.stream().filter(c -> c.status() == ComplianceChecker.Status.MISSED).count();
    return String.format(Locale.ROOT, "%d met, %d missed, %d not measured", met, missed, rows.size() - met - missed);
  }
}
