package org.slicewright.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.sim.pooling.PoolingRunResult;

class ReportTest {
  @TempDir
  Path tmp;

  record Option(String name, double cost, double benefit) {
  }

  @Test
  void paretoFrontKeepsOnlyUndominatedOptions() {
    List<Option> all = List.of(new Option("a", 10, 0.80), new Option("b", 20, 0.85), new Option("c", 15, 0.79),
        new Option("d", 30, 0.85), new Option("e", 5, 0.60), new Option("f", 40, 0.90));
    List<String> front = ParetoFront.of(all, Option::cost, Option::benefit).stream().map(Option::name).toList();
    assertEquals(List.of("e", "a", "b", "f"), front);
  }

  static List<PoolingRunResult> results() {
    List<PoolingRunResult> r = new ArrayList<>();
    for (int k : new int[] { 1, 4, 16 }) {
      for (double l : new double[] { 2, 10 }) {
        r.add(new PoolingRunResult("s", "kmeans", k, l, 1, 0.9 - 0.005 * k + 0.01 * l, 1.0 / k, 100.0 / k * l, 20.0 * k * l, 0.1 * k, 0, 0, 0, 5,
            new double[] { 2.3, 1, 0.5 }, new double[] { 0.1, 0.5, 0.8 }, 0, 0, new double[0]));
      }
    }
    return r;
  }

  @Test
  void htmlIsSelfContainedWithChartsAndRows() throws Exception {
    var doc = PoolingReport.build("Pooling what-if: test <1>", List.<String[]>of(new String[] { "scenario", "s" }), results(), false);
    Path f = tmp.resolve("report.html");
    HtmlReportWriter.write(doc, f);
    String html = Files.readString(f);
    assertTrue(html.contains("<title>Pooling what-if: test &lt;1&gt;</title>"));
    assertEquals(6, html.split("data:image/png;base64,").length - 1, "six charts embedded");
    assertFalse(html.contains("src=\"http"), "nothing loaded from the network");
    assertTrue(html.contains("from 1 to 16 sub-pools, accuracy 91.5% -&gt; 84.0% (-7.5 points)"), "findings computed from the results");
    try (var files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no temp or backup files left");
    }
  }

  @Test
  void pdfHasPages() throws Exception {
    var doc = PoolingReport.build("t", List.<String[]>of(new String[] { "scenario", "s" }), results(), true);
    byte[] pdf = PdfReportWriter.render(doc);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF-"));
    long pages = text.split("/Type\\s*/Page\\b").length - 1;
    assertTrue(pages >= 3, "pages: " + pages);
  }

  @Test
  void emptyResultsStillGiveAReport() throws Exception {
    var doc = PoolingReport.build("t", List.<String[]>of(new String[] { "scenario", "s" }), List.of(), true);
    assertTrue(HtmlReportWriter.render(doc).contains("No run finished"));
  }
}
