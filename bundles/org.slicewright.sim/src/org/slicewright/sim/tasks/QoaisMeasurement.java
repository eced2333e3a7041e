package org.slicewright.sim.tasks;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingMethod;
import org.slicewright.sim.pooling.PoolingRunResult;

/**
 * What one evaluated run measures of the QoAIS indicators of the task-oriented native-AI
 * architecture, in base units (fractions, seconds, milliseconds, MB, RU, levels), each with how it was
 * measured.
 * <p>
 * A federated training run of the pooling engine measures: accuracy (final global test accuracy),
 * convergence rate, <b>training duration</b> (simulated seconds until the global model first reaches
 * the service's accuracy requirement; tested after every FedAvg round), <b>transmission overhead</b>
 * (raw data migrated plus models exchanged, MB), <b>compute overhead</b> (computing RU), and two levels
 * derived from what the run did:
 * <ul>
 * <li><b>privacy level</b>: 4 when no raw data left a trainer's node (only model updates did), 3 when
 * raw data moved only inside several edge sub-pools, 2 when all raw data was pooled at one trainer;</li>
 * <li><b>autonomy level</b>: 2 (partially autonomous) when the network formed the sub-pools itself
 * (k-means over the twins' data, the planner setting k), 1 (manually controllable) for sub-pools the
 * planner drew.</li>
 * </ul>
 * An edge inference run measures latency as the 95th percentile of the end-to-end latency of all its
 * requests.
 *
 * @param run the run's label, as the planner sees it
 */
public record QoaisMeasurement(String run, Map<QoAISIndicator, Double> values, Map<QoAISIndicator, String> how) {
  /** Privacy levels of a training run's data flow. */
  public static final int PRIVACY_MODEL_UPDATES_ONLY = 4, PRIVACY_EDGE_SUB_POOLS = 3, PRIVACY_ONE_POOL = 2;
  /** Autonomy levels of the sub-pool formation. */
  public static final int AUTONOMY_PARTIAL = 2, AUTONOMY_MANUAL = 1;

  /**
   * @param accuracyTarget the service's accuracy requirement (training duration is the time to reach
   *        it), or null when it states none (no training duration is measured then)
   */
  public static QoaisMeasurement ofTraining(String run, PoolingRunResult r, PoolingConfig c, Double accuracyTarget) {
    Map<QoAISIndicator, Double> v = new EnumMap<>(QoAISIndicator.class);
    Map<QoAISIndicator, String> how = new EnumMap<>(QoAISIndicator.class);
    v.put(QoAISIndicator.ACCURACY, r.accuracy());
    how.put(QoAISIndicator.ACCURACY, "final global test accuracy");
    v.put(QoAISIndicator.CONVERGENCE_RATE, r.convergenceRate());
    how.put(QoAISIndicator.CONVERGENCE_RATE, "share of the excess test loss shed per round");
    if (accuracyTarget != null) {
      double t = r.secondsToAccuracy(accuracyTarget);
      v.put(QoAISIndicator.TRAINING_DURATION, t);
      how.put(QoAISIndicator.TRAINING_DURATION, Double.isInfinite(t)
          ? String.format(Locale.ROOT, "accuracy %.3g not reached in the run's %.0f s", accuracyTarget, r.roundSeconds()[r.roundSeconds().length - 1])
          : String.format(Locale.ROOT, "simulated time to accuracy %.3g", accuracyTarget));
    }
    v.put(QoAISIndicator.TRANSMISSION_OVERHEAD, r.transmittedMB());
    how.put(QoAISIndicator.TRANSMISSION_OVERHEAD, String.format(Locale.ROOT, "%.1f MB raw data migrated + %.1f MB models exchanged", r.migratedMB(), r.modelMB()));
    v.put(QoAISIndicator.COMPUTE_OVERHEAD, r.ruComputing());
    how.put(QoAISIndicator.COMPUTE_OVERHEAD, "computing RU");
    int privacy = r.migratedMB() == 0 ? PRIVACY_MODEL_UPDATES_ONLY : r.subpools() > 1 ? PRIVACY_EDGE_SUB_POOLS : PRIVACY_ONE_POOL;
    v.put(QoAISIndicator.PRIVACY_LEVEL, (double) privacy);
    how.put(QoAISIndicator.PRIVACY_LEVEL, privacy == PRIVACY_MODEL_UPDATES_ONLY
        ? "only model updates left the trainers"
        : privacy == PRIVACY_EDGE_SUB_POOLS ? "raw data moved inside " + r.subpools() + " edge sub-pools" : "all raw data pooled at one trainer");
    boolean manual = c.method() == PoolingMethod.MANUAL;
    v.put(QoAISIndicator.AUTONOMY_LEVEL, (double) (manual ? AUTONOMY_MANUAL : AUTONOMY_PARTIAL));
    how.put(QoAISIndicator.AUTONOMY_LEVEL, manual ? "sub-pools drawn by the planner" : "sub-pools formed by k-means, k set by the planner");
    return new QoaisMeasurement(run, v, how);
  }

  /** An edge inference run: latency as the 95th percentile of all its requests' end-to-end latency. */
  public static QoaisMeasurement ofInference(EdgeEmulation.Result r) {
    Map<QoAISIndicator, Double> v = new EnumMap<>(QoAISIndicator.class);
    Map<QoAISIndicator, String> how = new EnumMap<>(QoAISIndicator.class);
    v.put(QoAISIndicator.LATENCY, r.p95Ms());
    how.put(QoAISIndicator.LATENCY, String.format(Locale.ROOT, "95th percentile end to end over %d requests", r.requests()));
    return new QoaisMeasurement(r.policy(), v, how);
  }
}
