package org.slicewright.whatif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;

/** How a what-if's files are written: each replaced atomically, so a reader never sees half a file. */
public final class WhatIfFiles {
  /** The report's files, in the order the command line names them. */
  public static final List<String> REPORT = List.of("report.html", "report.pdf");

  private WhatIfFiles() {
  }

  public static void write(Path dir, String name, CharSequence text) throws IOException {
    ScenarioResources.writeAtomically(dir.resolve(name), text.toString().getBytes(StandardCharsets.UTF_8), false);
  }

  /** Writes {@code report.html} and {@code report.pdf}. */
  public static void writeReport(ReportDocument doc, Path dir) throws IOException {
    HtmlReportWriter.write(doc, dir.resolve(REPORT.get(0)));
    PdfReportWriter.write(doc, dir.resolve(REPORT.get(1)));
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break. */
  public static String quote(String s) {
    if (s == null) return "";
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** A number as the CSV files write it. */
  public static String number(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
