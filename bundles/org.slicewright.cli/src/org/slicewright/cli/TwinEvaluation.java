package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.twins.TwinReport;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.scenario.TwinScenarioMapper;
import org.slicewright.sim.twins.TwinModelSweep;
import org.slicewright.sim.twins.TwinStudy;
import org.slicewright.sim.twins.TwinStudyConfig;
import org.slicewright.sim.twins.TwinStudyResult;

/**
 * {@code evaluate} for a scenario with a twin study: runs the emulation instances over the twin
 * timeline and writes {@code results.csv}
 * ({@code period,instance,policy,slice,demand,forecast,reserved,used,shortfall,sla_met}),
 * {@code nodes.csv} (each serving node's demand per slice and period), {@code sweep.csv} when the
 * study asks for the twin-model sweep, {@code report.html} and {@code report.pdf}.
 */
final class TwinEvaluation {
  static final String HEADER = "period,instance,policy,slice,demand,forecast,reserved,used,shortfall,sla_met";
  private final PrintStream out;
  private final PrintStream err;

  TwinEvaluation(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Path file, Scenario s, Path dir, boolean quick, int threads) throws UsageException {
    TwinStudyConfig c;
    try {
      Path base = file.toAbsolutePath().getParent();
      c = TwinScenarioMapper.config(s, base, quick, threads);
    } catch (IllegalArgumentException | TraceFormatException e) {
      throw new UsageException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read a trace: " + e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    long t0 = System.nanoTime();
    TwinStudyResult r;
    List<TwinModelSweep.Point> sweep = List.of();
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      r = new TwinStudy(c).run(progress);
      if (TwinScenarioMapper.hasTwinModelSweep(s)) {
        List<List<Double>> grid = TwinScenarioMapper.twinModelSweep(s);
        sweep = TwinModelSweep.run(c, grid.get(0), grid.get(1), progress);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    } catch (CanceledException e) {
      err.println("slicewright evaluate: cancelled; nothing written");
      return ExitCodes.CANCELED;
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (TwinStudyResult.Row row : r.rows()) {
      csv.append(row.period()).append(',').append(row.instance()).append(',').append(row.policy().name().toLowerCase(Locale.ROOT)).append(',')
          .append(row.slice()).append(',').append(f(row.demand())).append(',').append(f(row.forecast())).append(',').append(f(row.reserved())).append(',')
          .append(f(row.used())).append(',').append(f(row.shortfall())).append(',').append(row.slaMet()).append('\n');
    }
    try {
      ScenarioResources.writeAtomically(dir.resolve("results.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      ScenarioResources.writeAtomically(dir.resolve("nodes.csv"), nodesCsv(r).getBytes(StandardCharsets.UTF_8), false);
      if (!sweep.isEmpty()) ScenarioResources.writeAtomically(dir.resolve("sweep.csv"), sweepCsv(sweep).getBytes(StandardCharsets.UTF_8), false);
      List<String[]> summary = new ArrayList<>();
      summary.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
      summary.add(new String[] { "file", file.toString() });
      summary.add(new String[] { "twins", String.format(Locale.ROOT, "%d level-one twins, %d slices (level-two twins)", c.twins().size(), c.slices().size()) });
      summary.add(new String[] { "study", String.format(Locale.ROOT, "%d periods of %.0f s after %d periods of history; headroom %.0f %%, SLA met when shortfall <= %.0f %% of demand%s",
          c.periods(), c.periodS(), c.history(), 100 * c.headroom(), 100 * c.slaShortfall(), quick ? " (--quick)" : "") });
      summary.add(new String[] { "run", String.format(Locale.ROOT, "%d instances in %.1f s", c.policies().size(), wall) });
      if (!sweep.isEmpty()) summary.add(new String[] { "twin-model sweep", sweep.size() + " sync periods x precisions, the forecast instance each" });
      ReportDocument doc = TwinReport.build("Twin-fed what-if: " + (s.getName() == null ? s.getId() : s.getName()), summary, r, c.periodS(), sweep);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    for (TwinStudyResult.PolicySummary p : r.summaries()) {
      out.println(String.format(Locale.ROOT, "  instance %d %-15s SLA met %5.1f %%, %.0f RU", p.instance(), p.policy().name().toLowerCase(Locale.ROOT), 100 * p.slaShare(), p.totalRU()));
    }
    for (TwinStudyResult.ForecastError e : r.errors()) {
      out.println(String.format(Locale.ROOT, "  %-12s forecast MAE %.3f vs seasonal-naive %.3f", e.slice(), e.forecastMae(), e.seasonalNaiveMae()));
    }
    for (TwinModelSweep.Point p : sweep) {
      out.println(String.format(Locale.ROOT, "  sync %5.0f s precision %-5.3g sync %8.2f RU, forecast error %5.1f %%, SLA met %5.1f %%%s", p.syncPeriodS(),
          p.precision(), p.syncRU(), 100 * p.forecastError(), 100 * p.slaShare(), p.pareto() ? " (Pareto front)" : ""));
    }
    out.println(String.format(Locale.ROOT, "%s: %d instances x %d periods x %d slices in %.1f s -> %s", file, c.policies().size(), c.periods(), c.slices().size(), wall, dir));
    return ExitCodes.OK;
  }

  static final String NODES_HEADER = "period,slice,node,demand";
  static final String SWEEP_HEADER = "sync_period_s,precision,sync_ru,forecast_error,twin_error,sla_share,pareto";

  private static String nodesCsv(TwinStudyResult r) {
    StringBuilder csv = new StringBuilder(NODES_HEADER).append('\n');
    for (TwinStudyResult.NodeDemand d : r.nodes()) {
      for (int p = 0; p < d.demand().length; p++) csv.append(p).append(',').append(d.slice()).append(',').append(d.node()).append(',').append(f(d.demand()[p])).append('\n');
    }
    return csv.toString();
  }

  private static String sweepCsv(List<TwinModelSweep.Point> sweep) {
    StringBuilder csv = new StringBuilder(SWEEP_HEADER).append('\n');
    for (TwinModelSweep.Point p : sweep) {
      csv.append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%s\n", p.syncPeriodS(), p.precision(), p.syncRU(), p.forecastError(), p.twinError(),
          p.slaShare(), p.pareto()));
    }
    return csv.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
