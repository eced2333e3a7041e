package org.slicewright.ui.whatif;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/**
 * The choice every what-if offers, asked the same way everywhere: Quick, Full or Cancel, with the
 * planner's last choice as the default button (also the pooling wizard's initial Quick).
 */
final class RunMode {
  private RunMode() {
  }

  /** True for quick, false for full, null when cancelled; remembers the choice. */
  static Boolean ask(Shell shell, String what, String quickMeans, String fullMeans) {
    int last = SlicewrightPreferences.quick() ? 0 : 1;
    int choice = new MessageDialog(shell, "Run What-If", null, what + "\n\nQuick: " + quickMeans + ".\nFull: " + fullMeans + ".", MessageDialog.QUESTION, last,
        "&Quick", "&Full", "Cancel").open();
    if (choice != 0 && choice != 1) return null;
    SlicewrightPreferences.setQuick(choice == 0);
    return choice == 0;
  }
}
