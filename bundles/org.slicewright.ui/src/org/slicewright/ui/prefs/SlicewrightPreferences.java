package org.slicewright.ui.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The planner's defaults, stored in the workspace's instance scope: worker threads of what-if runs,
 * the seed of new scenarios, and the RU prices new scenarios start with.
 */
public final class SlicewrightPreferences {
  public static final String NODE = "org.slicewright.ui";
  public static final String THREADS = "threads";
  public static final String SEED = "seed";
  public static final String RU_COMMUNICATION = "ru.communicationPerDataUnit";
  public static final String RU_COMPUTING = "ru.computingPerDataUnit";
  public static final String RU_TRAINING = "ru.modelTraining";
  public static final String RU_EXCHANGE = "ru.modelExchangePerTransfer";
  /** Whether the last what-if ran quick: every what-if dialog starts from the planner's last choice. */
  public static final String QUICK = "whatif.quick";
  private static ScopedPreferenceStore store;

  private SlicewrightPreferences() {
  }

  public static synchronized IPreferenceStore store() {
    if (store == null) {
      store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
      store.setDefault(THREADS, 0);
      store.setDefault(SEED, 1);
      store.setDefault(RU_COMMUNICATION, 1.0);
      store.setDefault(RU_COMPUTING, 0.5);
      store.setDefault(RU_TRAINING, 10.0);
      store.setDefault(RU_EXCHANGE, 0.1);
    }
    return store;
  }

  public static int threads() {
    return store().getInt(THREADS);
  }

  public static boolean quick() {
    return store().getBoolean(QUICK);
  }

  public static void setQuick(boolean quick) {
    store().setValue(QUICK, quick);
  }
}
