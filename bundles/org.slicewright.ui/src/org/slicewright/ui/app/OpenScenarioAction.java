package org.slicewright.ui.app;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.editor.ScenarioFileInput;
import org.slicewright.ui.explorer.ModelExplorerView;
import org.slicewright.ui.welcome.RecentFiles;

/** File > Open Scenario...: picks a .slicewright file, opens it in the editor and shows it in the explorer. */
public class OpenScenarioAction extends Action {
  public static final String ID = "org.slicewright.ui.openScenario";
  private final IWorkbenchWindow window;

  public OpenScenarioAction(IWorkbenchWindow window) {
    super("&Open Scenario...");
    setId(ID);
    setActionDefinitionId(null);
    this.window = window;
  }

  @Override
  public void run() {
    FileDialog d = new FileDialog(window.getShell(), SWT.OPEN);
    d.setText("Open Scenario");
    d.setFilterExtensions(new String[] { "*.slicewright", "*" });
    d.setFilterNames(new String[] { "Slicewright scenarios (*.slicewright)", "All files" });
    String f = d.open();
    if (f != null) open(window, Path.of(f));
  }

  /** Opens a scenario file in its editor; returns the editor or null (an error dialog says why). */
  public static ScenarioEditor open(IWorkbenchWindow window, Path file) {
    IWorkbenchPage page = window.getActivePage();
    try {
      ScenarioEditor e = (ScenarioEditor) page.openEditor(new ScenarioFileInput(file), ScenarioEditor.ID);
      if (e.getScenario() != null) RecentFiles.add(file);
      var explorer = page.findView(ModelExplorerView.ID);
      if (explorer instanceof ModelExplorerView) ((ModelExplorerView) explorer).reveal(file);
      return e;
    } catch (PartInitException e) {
      MessageDialog.openError(window.getShell(), "Open failed", "Could not open " + file + ":\n" + e.getMessage());
      return null;
    }
  }
}
