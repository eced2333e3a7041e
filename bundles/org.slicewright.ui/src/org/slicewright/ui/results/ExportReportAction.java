package org.slicewright.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.StoredRunsReport;
import org.slicewright.report.learn.RecommendationReport;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.ResultColumn;
import org.slicewright.sim.scenario.ResultColumns;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * What-If > Export Report...: writes the active scenario's runs of every study kind as CSV, and
 * {@code report.html} and {@code report.pdf}, into a folder: for pooling runs the CLI's report, for
 * the other kinds a section of their stored runs.
 */
public final class ExportReportAction extends Action {
  public static final String ID = "org.slicewright.ui.exportReport";
  private final IWorkbenchWindow window;

  public ExportReportAction(IWorkbenchWindow window) {
    super("&Export Report...");
    setId(ID);
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    if (editor == null || editor.getScenario().getRuns().isEmpty()) {
      MessageDialog.openInformation(window.getShell(), "Export Report", "The active scenario has no runs yet: What-If > Run What-If... first.");
      return;
    }
    DirectoryDialog d = new DirectoryDialog(window.getShell());
    d.setText("Export Report");
    d.setMessage("Folder for the results CSV, report.html and report.pdf");
    // Open on a real folder (not GTK's empty Recent list): next to the scenario, or the home folder for an installed example.
    d.setFilterPath(defaultFolder(editor).toString());
    String dir = d.open();
    if (dir == null) return;
    List<String> written = new ArrayList<>();
    BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
      try {
        written.addAll(export(editor.getScenario(), Path.of(dir)));
      } catch (IOException | RuntimeException e) {
        MessageDialog.openError(window.getShell(), "Export Report", "Cannot write the report to " + dir + ": " + e.getMessage());
      }
    });
    if (written.isEmpty()) return;
    int open = new MessageDialog(window.getShell(), "Export Report", null, "Wrote " + String.join(", ", written) + " to " + dir + ".",
        MessageDialog.INFORMATION, 0, "&Open Report", "Close").open();
    if (open == 0) Program.launch(Path.of(dir, "report.html").toString());
  }

  /** Where the folder chooser starts: the scenario's folder, or the home folder when the scenario is an installed example. */
  public static Path defaultFolder(ScenarioEditor editor) {
    Path file = ((IPathEditorInput) editor.getEditorInput()).getPath().toPath();
    return editor.isInstalledExample() || file.getParent() == null ? Path.of(System.getProperty("user.home")) : file.getParent();
  }

  /**
   * Writes the scenario's runs: {@code results.csv} of the pooling runs, {@code results-KIND.csv} of
   * each other kind, and one report (HTML and PDF) with a section per kind. Existing files are
   * replaced atomically.
   *
   * @return the names of the files written
   */
  public static List<String> export(Scenario s, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<RunKind, List<Run>> byKind = new EnumMap<>(RunKind.class);
    for (Run r : s.getRuns()) byKind.computeIfAbsent(RunKind.of(r), k -> new ArrayList<>()).add(r);
    List<String> written = new ArrayList<>();
    String name = s.getName() == null ? s.getId() : s.getName();
    List<String[]> summary = new ArrayList<>();
    summary.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
    summary.add(new String[] { "runs", byKind.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey().title().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", ")) + " runs stored with the scenario" });
    ReportDocument doc;
    List<Run> pooling = byKind.remove(RunKind.POOLING);
    if (pooling != null) {
      List<PoolingRunResult> results = PoolingRunRecords.all(s);
      StringBuilder csv = new StringBuilder(PoolingRunResult.csvHeader()).append('\n');
      for (PoolingRunResult r : results) csv.append(r.toCsvRow()).append('\n');
      write(dir, "results.csv", csv.toString(), written);
      doc = PoolingReport.build("Pooling what-if: " + name, summary, results, false);
      if (results.size() >= 4) RecommendationReport.appendTo(doc, PoolingRecommender.fromRuns(s, results, s.getSeed()));
    } else {
      doc = new ReportDocument("What-if runs: " + name);
      doc.add(new ReportDocument.KeyValues(summary));
    }
    for (Map.Entry<RunKind, List<Run>> e : byKind.entrySet()) {
      StoredRunsReport.append(doc, e.getKey(), e.getValue());
      write(dir, "results-" + e.getKey().name().toLowerCase(Locale.ROOT) + ".csv", csv(ResultColumns.of(e.getValue()), e.getValue()), written);
    }
    HtmlReportWriter.write(doc, dir.resolve("report.html"));
    PdfReportWriter.write(doc, dir.resolve("report.pdf"));
    written.add("report.html");
    written.add("report.pdf");
    return written;
  }

  /** The runs' table as CSV, named by the Results view's headers. */
  static String csv(List<ResultColumn> columns, List<Run> runs) {
    StringBuilder b = new StringBuilder(columns.stream().map(c -> quoted(c.header())).collect(Collectors.joining(","))).append('\n');
    for (Run r : runs) b.append(columns.stream().map(c -> quoted(c.text().apply(r))).collect(Collectors.joining(","))).append('\n');
    return b.toString();
  }

  private static String quoted(String s) {
    if (s == null) return "";
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static void write(Path dir, String file, String text, List<String> written) throws IOException {
    ScenarioResources.writeAtomically(dir.resolve(file), text.getBytes(StandardCharsets.UTF_8), false);
    written.add(file);
  }
}
