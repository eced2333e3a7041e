package org.slicewright.sim.tasks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.TaskResource;

/**
 * How QoAIS indicators of an AI training service map to resource QoS indicators (Table 1 of the native-AI architecture study):
 * for each indicator, the resource kinds that carry it and their quantitative and qualitative
 * resource QoS metrics. Overhead, security, privacy and autonomy indicators follow the resource
 * that spends or protects them.
 */
public final class QoaisMapping {
  /** One resource kind's share of an indicator. */
  public record ResourceShare(TaskResource resource, List<String> quantitative, List<String> qualitative) {
  }

  private static final Map<QoAISIndicator, List<ResourceShare>> TABLE = new EnumMap<>(QoAISIndicator.class);

  static {
    ResourceShare data = new ResourceShare(TaskResource.DATA, List.of("feature redundancy", "integrity", "data accuracy", "data preparation duration"),
        List.of("sample space balance", "integrity", "sample distribution dynamics"));
    ResourceShare algorithm = new ResourceShare(TaskResource.ALGORITHM,
        List.of("performance indicator boundary", "training duration", "convergence", "optimization objective matching degree"),
        List.of("robustness", "reusability", "generalization", "explainability", "fairness"));
    ResourceShare computing = new ResourceShare(TaskResource.COMPUTING, List.of("computing precision", "duration", "efficiency"), List.of());
    ResourceShare connection = new ResourceShare(TaskResource.CONNECTION,
        List.of("bandwidth and jitter", "delay and jitter", "bit error rate and jitter", "reliability"), List.of());
    List<ResourceShare> efficiency = List.of(data, algorithm, computing, connection);
    for (QoAISIndicator i : new QoAISIndicator[] { QoAISIndicator.ACCURACY, QoAISIndicator.CONVERGENCE_RATE, QoAISIndicator.TRAINING_DURATION,
        QoAISIndicator.ROBUSTNESS, QoAISIndicator.GENERALISATION, QoAISIndicator.LATENCY }) {
      TABLE.put(i, efficiency);
    }
    TABLE.put(QoAISIndicator.STORAGE_OVERHEAD, List.of(new ResourceShare(TaskResource.DATA, List.of("storage"), List.of())));
    TABLE.put(QoAISIndicator.COMPUTE_OVERHEAD, List.of(new ResourceShare(TaskResource.COMPUTING, List.of("computing overhead"), List.of())));
    TABLE.put(QoAISIndicator.TRANSMISSION_OVERHEAD, List.of(new ResourceShare(TaskResource.CONNECTION, List.of("bandwidth", "transmitted volume"), List.of())));
    TABLE.put(QoAISIndicator.ENERGY_OVERHEAD, List.of(new ResourceShare(TaskResource.COMPUTING, List.of("power consumption"), List.of()),
        new ResourceShare(TaskResource.CONNECTION, List.of("power consumption"), List.of())));
    TABLE.put(QoAISIndicator.SECURITY_LEVEL, List.of(new ResourceShare(TaskResource.DATA, List.of(), List.of("storage security")),
        new ResourceShare(TaskResource.COMPUTING, List.of(), List.of("computing security")),
        new ResourceShare(TaskResource.CONNECTION, List.of(), List.of("transmission security"))));
    TABLE.put(QoAISIndicator.PRIVACY_LEVEL, List.of(new ResourceShare(TaskResource.DATA, List.of(), List.of("data privacy")),
        new ResourceShare(TaskResource.ALGORITHM, List.of(), List.of("algorithm privacy"))));
    TABLE.put(QoAISIndicator.AUTONOMY_LEVEL, List.of(new ResourceShare(TaskResource.ALGORITHM, List.of(), List.of("fully autonomous, partially autonomous, manually controllable"))));
  }

  private QoaisMapping() {
  }

  public static List<ResourceShare> of(QoAISIndicator indicator) {
    return TABLE.getOrDefault(indicator, List.of());
  }

  /** Whether Table 1 lets this indicator be carried by this resource kind. */
  public static boolean carries(QoAISIndicator indicator, TaskResource resource) {
    return of(indicator).stream().anyMatch(s -> s.resource() == resource);
  }
}
