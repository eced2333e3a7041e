package org.slicewright.ui.results;

import java.io.IOException;
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
import org.slicewright.model.scenario.Scenario;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.whatif.StoredRunsExport;

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

  /** Writes the scenario's runs into {@code dir} (see {@link StoredRunsExport}) and returns the names of the files written. */
  public static List<String> export(Scenario s, Path dir) throws IOException {
    return StoredRunsExport.write(s, dir);
  }
}
