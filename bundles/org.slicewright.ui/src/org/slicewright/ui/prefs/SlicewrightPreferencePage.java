package org.slicewright.ui.prefs;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.slicewright.cluster.ClusterSettings;

/** Window > Preferences > Slicewright: threads, seed, RU prices, the reservation solver and the cluster of pooling sweeps. */
public final class SlicewrightPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
  public SlicewrightPreferencePage() {
    super(GRID);
    setPreferenceStore(SlicewrightPreferences.store());
    setDescription("Defaults for what-if runs and new scenarios. Seeds make every run repeatable.");
  }

  @Override
  protected void createFieldEditors() {
    IntegerFieldEditor threads = new IntegerFieldEditor(SlicewrightPreferences.THREADS, "What-if worker &threads (0 = all cores):", getFieldEditorParent());
    threads.setValidRange(0, 256);
    addField(threads);
    IntegerFieldEditor seed = new IntegerFieldEditor(SlicewrightPreferences.SEED, "Random &seed of new scenarios:", getFieldEditorParent());
    seed.setValidRange(0, Integer.MAX_VALUE);
    addField(seed);
    addField(new DoubleField(SlicewrightPreferences.RU_COMMUNICATION, "RU per data unit &moved:"));
    addField(new DoubleField(SlicewrightPreferences.RU_COMPUTING, "RU per data unit &trained:"));
    addField(new DoubleField(SlicewrightPreferences.RU_TRAINING, "RU per model t&raining:"));
    addField(new DoubleField(SlicewrightPreferences.RU_EXCHANGE, "RU per model &upload/download:"));
    addField(new ComboFieldEditor(SlicewrightPreferences.SOLVER, "Reservation &solver:",
        new String[][] { { "ojAlgo (pure Java)", "ojalgo" }, { "OR-Tools SCIP (native; ojAlgo where it cannot load)", "ortools" } }, getFieldEditorParent()));
    addField(new StringFieldEditor(SlicewrightPreferences.CLUSTER_NAME, "&Cluster of pooling sweeps (blank: this machine):", getFieldEditorParent()));
    addField(new ClusterField(SlicewrightPreferences.CLUSTER_MEMBERS, "Cluster &members (HOST:PORT, ...):", "127.0.0.1:5701"));
    addField(new ClusterField(SlicewrightPreferences.CLUSTER_INTERFACE, "Cluster &interface (blank: loopback):", "10.0.0.11"));
  }

  /** A cluster setting, checked as ClusterSettings checks it (a member list of HOST:PORT). */
  private final class ClusterField extends StringFieldEditor {
    private final String example;

    ClusterField(String key, String label, String example) {
      super(key, label, getFieldEditorParent());
      this.example = example;
    }

    @Override
    protected boolean doCheckState() {
      if (getStringValue().isBlank()) return true;
      boolean members = getPreferenceName().equals(SlicewrightPreferences.CLUSTER_MEMBERS);
      try {
        ClusterSettings.of("check", members ? getStringValue() : null, members ? "10.0.0.1" : getStringValue(), ClusterSettings.DEFAULT_PORT);
        return true;
      } catch (IllegalArgumentException e) {
        setErrorMessage(e.getMessage() + " (for example " + example + ")");
        return false;
      }
    }
  }

  @Override
  public void init(IWorkbench workbench) {
  }

  /** A non-negative decimal. */
  private final class DoubleField extends StringFieldEditor {
    DoubleField(String key, String label) {
      super(key, label, getFieldEditorParent());
      setErrorMessage(label.replace("&", "").replace(":", "") + " must be a number >= 0");
    }

    @Override
    protected boolean doCheckState() {
      try {
        return Double.parseDouble(getStringValue().trim()) >= 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
