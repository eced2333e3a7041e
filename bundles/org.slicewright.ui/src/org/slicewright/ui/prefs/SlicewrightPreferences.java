package org.slicewright.ui.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.slicewright.cluster.ClusterSettings;

/**
 * The planner's defaults, stored in the workspace's instance scope: worker threads of what-if runs,
 * the seed of new scenarios, the RU prices new scenarios start with, and the cluster pooling sweeps
 * run on.
 */
public final class SlicewrightPreferences {
  public static final String NODE = "org.slicewright.ui";
  public static final String THREADS = "threads";
  public static final String SEED = "seed";
  public static final String RU_COMMUNICATION = "ru.communicationPerDataUnit";
  public static final String RU_COMPUTING = "ru.computingPerDataUnit";
  public static final String RU_TRAINING = "ru.modelTraining";
  public static final String RU_EXCHANGE = "ru.modelExchangePerTransfer";
  /** The cluster pooling sweeps run on (blank: this machine), its members (HOST:PORT, comma-separated) and the interface to bind. */
  public static final String CLUSTER_NAME = "cluster.name", CLUSTER_MEMBERS = "cluster.members", CLUSTER_INTERFACE = "cluster.interface";
  /** Whether the last what-if ran quick: every what-if dialog starts from the planner's last choice. */
  public static final String QUICK = "whatif.quick";
  /** The MILP backend of Reserve Resources: ojalgo (pure Java) or ortools (OR-Tools' SCIP, native). */
  public static final String SOLVER = "reservation.solver";
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
      store.setDefault(CLUSTER_NAME, "");
      store.setDefault(CLUSTER_MEMBERS, "");
      store.setDefault(CLUSTER_INTERFACE, "");
      store.setDefault(SOLVER, "ojalgo");
    }
    return store;
  }

  public static int threads() {
    return store().getInt(THREADS);
  }

  /**
   * The cluster to run pooling sweeps on, or null for this machine.
   *
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public static ClusterSettings cluster() {
    String name = store().getString(CLUSTER_NAME).trim();
    return name.isEmpty()
        ? null
        : ClusterSettings.of(name, store().getString(CLUSTER_MEMBERS), store().getString(CLUSTER_INTERFACE), ClusterSettings.DEFAULT_PORT);
  }

  public static boolean quick() {
    return store().getBoolean(QUICK);
  }

  public static void setQuick(boolean quick) {
    store().setValue(QUICK, quick);
  }
}
