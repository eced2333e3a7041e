package org.slicewright.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.learn.RecommendationReport;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.whatif.ActiveScenario;

/**
 * What-If > Export Report...: writes the active scenario's pooling runs as {@code results.csv},
 * {@code report.html} and {@code report.pdf} into a folder, with the same writers as the CLI.
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
    if (editor == null || editor.getScenario().getRuns().stream().noneMatch(PoolingRunRecords::isPooling)) {
      MessageDialog.openInformation(window.getShell(), "Export Report", "The active scenario has no pooling runs yet: What-If > Run What-If... first.");
      return;
    }
    DirectoryDialog d = new DirectoryDialog(window.getShell());
    d.setText("Export Report");
    d.setMessage("Folder for results.csv, report.html and report.pdf");
    // Open on a real folder (not GTK's empty Recent list): next to the scenario, or the home folder for an installed example.
    d.setFilterPath(defaultFolder(editor).toString());
    String dir = d.open();
    if (dir == null) return;
    boolean[] written = { false };
    BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
      try {
        export(editor.getScenario(), Path.of(dir));
        written[0] = true;
      } catch (IOException | RuntimeException e) {
        MessageDialog.openError(window.getShell(), "Export Report", "Cannot write the report to " + dir + ": " + e.getMessage());
      }
    });
    if (!written[0]) return;
    int open = new MessageDialog(window.getShell(), "Export Report", null, "Wrote results.csv, report.html and report.pdf to " + dir + ".",
        MessageDialog.INFORMATION, 0, "&Open Report", "Close").open();
    if (open == 0) Program.launch(Path.of(dir, "report.html").toString());
  }

  /** Where the folder chooser starts: the scenario's folder, or the home folder when the scenario is an installed example. */
  public static Path defaultFolder(ScenarioEditor editor) {
    Path file = ((IPathEditorInput) editor.getEditorInput()).getPath().toPath();
    return editor.isInstalledExample() || file.getParent() == null ? Path.of(System.getProperty("user.home")) : file.getParent();
  }

  /** Writes the three files; existing files are replaced atomically. */
  public static void export(Scenario s, Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    List<PoolingRunResult> results = PoolingRunRecords.all(s);
    StringBuilder csv = new StringBuilder(PoolingRunResult.csvHeader()).append('\n');
    for (PoolingRunResult r : results) csv.append(r.toCsvRow()).append('\n');
    ScenarioResources.writeAtomically(dir.resolve("results.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
    List<String[]> summary = new ArrayList<>();
    summary.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
    summary.add(new String[] { "runs", results.size() + " pooling runs stored with the scenario" });
    ReportDocument doc = PoolingReport.build("Pooling what-if: " + (s.getName() == null ? s.getId() : s.getName()), summary, results, false);
    if (results.size() >= 4) RecommendationReport.appendTo(doc, PoolingRecommender.fromRuns(s, results, s.getSeed()));
    HtmlReportWriter.write(doc, dir.resolve("report.html"));
    PdfReportWriter.write(doc, dir.resolve("report.pdf"));
  }
}
