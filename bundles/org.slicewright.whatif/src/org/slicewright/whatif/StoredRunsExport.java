package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioNames;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.StoredRunsReport;
import org.slicewright.report.learn.RecommendationReport;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.ResultColumn;
import org.slicewright.sim.scenario.ResultColumns;
import org.slicewright.sim.scenario.RunKind;

/**
 * The runs a scenario stores, written as files (the workbench's Export Report): {@code results.csv}
 * of the pooling runs as {@code evaluate} writes it, {@code results-KIND.csv} of each other kind named
 * by the Results view's headers, and one report with a section per kind. Stored runs keep their
 * metrics, not the engines' full results, so the other kinds' sections are tables of those metrics.
 */
public final class StoredRunsExport {
  private StoredRunsExport() {
  }

  /** @return the names of the files written, each replaced atomically */
  public static List<String> write(Scenario s, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<RunKind, List<Run>> byKind = new EnumMap<>(RunKind.class);
    for (Run r : s.getRuns()) byKind.computeIfAbsent(RunKind.of(r), k -> new ArrayList<>()).add(r);
    List<String> written = new ArrayList<>();
    String name = ScenarioNames.title(s);
    List<String[]> summary = new ArrayList<>();
    summary.add(new String[] { "scenario", ScenarioNames.idAndName(s) });
    summary.add(new String[] { "runs", byKind.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey().title().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", ")) + " runs stored with the scenario" });
    ReportDocument doc;
    if (byKind.remove(RunKind.POOLING) != null) {
      List<PoolingRunResult> results = PoolingRunRecords.all(s);
      WhatIfFiles.write(dir, PoolingWhatIf.RESULTS, PoolingWhatIf.resultsCsv(results));
      written.add(PoolingWhatIf.RESULTS);
      doc = PoolingReport.build("Pooling what-if: " + name, summary, results, false);
      if (results.size() >= 4) RecommendationReport.appendTo(doc, PoolingRecommender.fromRuns(s, results, s.getSeed()));
    } else {
      doc = new ReportDocument("What-if runs: " + name);
      doc.add(new ReportDocument.KeyValues(summary));
    }
    for (Map.Entry<RunKind, List<Run>> e : byKind.entrySet()) {
      StoredRunsReport.append(doc, e.getKey(), e.getValue());
      String file = "results-" + e.getKey().name().toLowerCase(Locale.ROOT) + ".csv";
      WhatIfFiles.write(dir, file, csv(ResultColumns.of(e.getValue()), e.getValue()));
      written.add(file);
    }
    WhatIfFiles.writeReport(doc, dir);
    written.addAll(WhatIfFiles.REPORT);
    return written;
  }

  /** The runs' table as CSV, named by the Results view's headers. */
  public static String csv(List<ResultColumn> columns, List<Run> runs) {
    StringBuilder b = new StringBuilder(columns.stream().map(c -> WhatIfFiles.quote(c.header())).collect(Collectors.joining(","))).append('\n');
    for (Run r : runs) b.append(columns.stream().map(c -> WhatIfFiles.quote(c.text().apply(r))).collect(Collectors.joining(","))).append('\n');
    return b.toString();
  }
}
