package org.slicewright.ui.interchange;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.results.ExportReportAction;

/** File > Import Network... and File > Export Network...: the wizards, from the menu. */
public final class InterchangeActions {
  public static final String IMPORT_ID = "org.slicewright.ui.importNetwork";
  public static final String EXPORT_ID = "org.slicewright.ui.exportNetwork";

  private InterchangeActions() {
  }

  public static Action importNetwork(IWorkbenchWindow window) {
    Action a = new Action("&Import Network...") {
      @Override
      public void run() {
        new WizardDialog(window.getShell(), new ImportNetworkWizard(window)).open();
      }
    };
    a.setId(IMPORT_ID);
    return a;
  }

  public static Action exportNetwork(IWorkbenchWindow window) {
    Action a = new Action("E&xport Network...") {
      @Override
      public void run() {
        ScenarioEditor editor = ActiveScenario.editor(window);
        if (editor == null || editor.getScenario().getNetwork() == null) {
          MessageDialog.openInformation(window.getShell(), "Export Network", "Open a scenario first: its network is what is exported.");
          return;
        }
        Path folder = ExportReportAction.defaultFolder(editor);
        ExportNetworkWizard wizard = new ExportNetworkWizard(editor.getScenario(), folder);
        if (new WizardDialog(window.getShell(), wizard).open() == WizardDialog.OK) {
          MessageDialog.openInformation(window.getShell(), "Export Network", "Wrote " + wizard.written() + ".");
        }
      }
    };
    a.setId(EXPORT_ID);
    return a;
  }
}
