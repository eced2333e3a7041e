package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.DeploymentPoint;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.ResourceQoS;
import org.slicewright.model.slicing.RoleAssignment;
import org.slicewright.model.slicing.SlicingFactory;
import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.slicing.TaskResource;
import org.slicewright.model.slicing.TaskRole;
import org.slicewright.model.slicing.VNF;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.util.ScenarioIds;
import org.slicewright.sim.tasks.QoaisUnits;
import org.slicewright.model.util.AiServices;
import org.slicewright.model.util.LiteralWords;

/**
 * QoAIS requirements for an AI service, and optionally the AI task that carries them (task-oriented
 * native AI): the anchor and scheduler on the nodes the planner picks, an executor on each node that
 * hosts one of the service's functions, and each requirement carried down to the resource QoS of
 * Table 1 that measures the same quantity, with the same bound, for the planner to refine. The
 * compliance check then reports each requirement against the run the planner would deploy.
 */
public final class QoaisRequirementsDraft implements StudyDraft {
  /** One requirement as the planner states it; the comparison follows from the indicator. */
  public record Required(QoAISIndicator indicator, double value, String unit) {
  }

  /** Where a requirement lands in Table 1 when decomposed: the resource kind and its metric for the same quantity. */
  private record Carrier(TaskResource resource, String metric) {
  }

  private static final Map<QoAISIndicator, List<Carrier>> CARRIERS = new EnumMap<>(QoAISIndicator.class);

  static {
    CARRIERS.put(QoAISIndicator.ACCURACY, List.of(new Carrier(TaskResource.ALGORITHM, "performance indicator boundary")));
    CARRIERS.put(QoAISIndicator.CONVERGENCE_RATE, List.of(new Carrier(TaskResource.ALGORITHM, "convergence")));
    CARRIERS.put(QoAISIndicator.TRAINING_DURATION, List.of(new Carrier(TaskResource.COMPUTING, "duration")));
    CARRIERS.put(QoAISIndicator.LATENCY, List.of(new Carrier(TaskResource.CONNECTION, "delay")));
    CARRIERS.put(QoAISIndicator.ROBUSTNESS, List.of(new Carrier(TaskResource.ALGORITHM, "robustness")));
    CARRIERS.put(QoAISIndicator.GENERALISATION, List.of(new Carrier(TaskResource.ALGORITHM, "generalization")));
    CARRIERS.put(QoAISIndicator.STORAGE_OVERHEAD, List.of(new Carrier(TaskResource.DATA, "storage")));
    CARRIERS.put(QoAISIndicator.COMPUTE_OVERHEAD, List.of(new Carrier(TaskResource.COMPUTING, "computing overhead")));
    CARRIERS.put(QoAISIndicator.TRANSMISSION_OVERHEAD, List.of(new Carrier(TaskResource.CONNECTION, "transmitted volume")));
    CARRIERS.put(QoAISIndicator.ENERGY_OVERHEAD, List.of(new Carrier(TaskResource.COMPUTING, "power consumption"), new Carrier(TaskResource.CONNECTION, "power consumption")));
    CARRIERS.put(QoAISIndicator.SECURITY_LEVEL, List.of(new Carrier(TaskResource.DATA, "storage security"), new Carrier(TaskResource.COMPUTING, "computing security"),
        new Carrier(TaskResource.CONNECTION, "transmission security")));
    CARRIERS.put(QoAISIndicator.PRIVACY_LEVEL, List.of(new Carrier(TaskResource.DATA, "data privacy"), new Carrier(TaskResource.ALGORITHM, "algorithm privacy")));
    CARRIERS.put(QoAISIndicator.AUTONOMY_LEVEL, List.of(new Carrier(TaskResource.ALGORITHM, "autonomy level")));
  }

  private final Scenario scenario;
  private final AIService service;
  private final List<Required> required;
  private final Node anchor, scheduler;

  /** {@code anchor} and {@code scheduler} null: requirements only, no task. */
  public QoaisRequirementsDraft(Scenario scenario, AIService service, List<Required> required, Node anchor, Node scheduler) {
    this.scenario = scenario;
    this.service = service;
    this.required = List.copyOf(required);
    this.anchor = anchor;
    this.scheduler = scheduler;
  }

  /** What a requirement on the indicator asks for: at most for times and overheads, at least for the rest. */
  public static Comparison comparisonOf(QoAISIndicator i) {
    return switch (i) {
      case LATENCY, TRAINING_DURATION, STORAGE_OVERHEAD, COMPUTE_OVERHEAD, TRANSMISSION_OVERHEAD, ENERGY_OVERHEAD -> Comparison.AT_MOST;
      default -> Comparison.AT_LEAST;
    };
  }

  /**
   * A starting value and unit for each indicator: those of the bundled task example (accuracy 0.9,
   * training within 600 s, 500 MB transmitted, privacy level 3, autonomy level 2) and, for the rest,
   * the pooling example's convergence 0.8 and the offloading study's 50 ms latency.
   */
  public static Required suggestion(QoAISIndicator i) {
    return switch (i) {
      case ACCURACY -> new Required(i, 0.9, "");
      case CONVERGENCE_RATE, ROBUSTNESS, GENERALISATION -> new Required(i, 0.8, "");
      case TRAINING_DURATION -> new Required(i, 600, "s");
      case LATENCY -> new Required(i, 50, "ms");
      case STORAGE_OVERHEAD -> new Required(i, 1000, "MB");
      case COMPUTE_OVERHEAD -> new Required(i, 100, "RU");
      case TRANSMISSION_OVERHEAD -> new Required(i, 500, "MB");
      case ENERGY_OVERHEAD -> new Required(i, 100, "kJ");
      case SECURITY_LEVEL, PRIVACY_LEVEL -> new Required(i, 3, "level");
      case AUTONOMY_LEVEL -> new Required(i, 2, "level");
    };
  }

  /** The indicators the bundled task example requires, ticked when the page opens. */
  public static final List<QoAISIndicator> SUGGESTED = List.of(QoAISIndicator.ACCURACY, QoAISIndicator.TRAINING_DURATION, QoAISIndicator.TRANSMISSION_OVERHEAD,
      QoAISIndicator.PRIVACY_LEVEL, QoAISIndicator.AUTONOMY_LEVEL);

  /** The nodes that host the service's functions: the task's executors. */
  public List<Node> executors() {
    Set<Node> out = new LinkedHashSet<>();
    if (service != null) for (VNF v : service.getFunctions()) out.addAll(v.getPlacements());
    return List.copyOf(out);
  }

  @Override
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (service == null) {
      out.add(AiServices.of(scenario).isEmpty() ? "the scenario has no AI service yet: add a pooling, edge or offloading study first" : "choose the AI service the requirements are for");
      return out;
    }
    if (required.isEmpty()) out.add("tick at least one QoAIS indicator");
    Set<QoAISIndicator> seen = new LinkedHashSet<>();
    for (Required r : required) {
      String name = LiteralWords.lower(r.indicator().getLiteral());
      if (!seen.add(r.indicator())) out.add(name + " is required twice");
      for (Requirement old : service.getRequirements()) {
        if (old.getIndicator() == r.indicator()) out.add("service '" + service.getId() + "' already requires " + name + " (" + old.getValue() + " " + old.getUnit() + "): edit it instead");
      }
      String range = range(r);
      if (range != null) out.add(name + " " + r.value() + " is outside " + range);
      if (QoaisUnits.convert(r.indicator(), 1, r.unit()) == null) out.add(name + ": unit '" + r.unit() + "' is not one of " + QoaisUnits.units(r.indicator()));
    }
    if ((anchor == null) != (scheduler == null)) out.add("choose both the task's anchor and its scheduler, or neither");
    if (anchor != null && executors().isEmpty()) out.add("service '" + service.getId() + "' has no function placed on a node: the task would have no executor");
    return out;
  }

  /** The admissible values of an indicator, or null when the value fits. */
  private static String range(Required r) {
    double v = r.value();
    if (!Double.isFinite(v)) return "the finite numbers";
    return switch (r.indicator()) {
      case ACCURACY, CONVERGENCE_RATE, ROBUSTNESS, GENERALISATION -> v >= 0 && v <= 1 ? null : "[0, 1] (a fraction)";
      case SECURITY_LEVEL, PRIVACY_LEVEL, AUTONOMY_LEVEL -> v >= 0 && v <= 5 && v == Math.rint(v) ? null : "the levels 0, 1, ..., 5";
      default -> v > 0 && v <= 1e12 ? null : "(0, 1e12]";
    };
  }

  @Override
  public List<Addition> additions() {
    List<Addition> out = new ArrayList<>();
    List<Requirement> added = new ArrayList<>();
    for (Required r : required) {
      Requirement q = SlicingFactory.eINSTANCE.createRequirement();
      q.setIndicator(r.indicator());
      q.setComparison(comparisonOf(r.indicator()));
      q.setValue(r.value());
      q.setUnit(r.unit());
      added.add(q);
      out.add(new Addition(service, SlicingPackage.Literals.SERVICE__REQUIREMENTS, q));
    }
    if (anchor == null) return out;
    AITask task = SlicingFactory.eINSTANCE.createAITask();
    task.setId(ScenarioIds.fresh(ScenarioIds.used(scenario), "task-" + service.getId(), ""));
    task.setName("Task of " + service.getName());
    task.getRoles().add(role(TaskRole.ANCHOR, anchor));
    task.getRoles().add(role(TaskRole.SCHEDULER, scheduler));
    for (Node n : executors()) task.getRoles().add(role(TaskRole.EXECUTOR, n));
    for (Requirement r : added) {
      for (Carrier c : CARRIERS.get(r.getIndicator())) {
        ResourceQoS q = SlicingFactory.eINSTANCE.createResourceQoS();
        q.setResource(c.resource());
        q.setMetric(c.metric());
        q.setComparison(r.getComparison());
        q.setValue(r.getValue());
        q.setUnit(r.getUnit());
        q.setDerivedFrom(r);
        task.getResourceQos().add(q);
      }
    }
    out.add(new Addition(service, SlicingPackage.Literals.AI_SERVICE__TASKS, task));
    return out;
  }

  private static RoleAssignment role(TaskRole role, Node node) {
    RoleAssignment a = SlicingFactory.eINSTANCE.createRoleAssignment();
    a.setRole(role);
    a.setDeployment(deploymentOf(node));
    a.setNode(node);
    return a;
  }

  /** Where a role on a node of this kind is deployed: cloud in the core, edge server at the CU, radio nodes at the gNB, devices at the UE. */
  public static DeploymentPoint deploymentOf(Node n) {
    return switch (n.getKind()) {
      case CLOUD -> DeploymentPoint.CN;
      case EDGE_SERVER -> DeploymentPoint.CU;
      case END_DEVICE -> DeploymentPoint.UE;
      default -> DeploymentPoint.GNB;
    };
  }
}
