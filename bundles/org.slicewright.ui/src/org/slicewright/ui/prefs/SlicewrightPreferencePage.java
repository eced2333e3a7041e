package org.slicewright.ui.prefs;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Slicewright: threads, seed and RU prices. */
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
