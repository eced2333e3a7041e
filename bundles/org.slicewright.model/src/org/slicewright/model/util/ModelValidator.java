package org.slicewright.model.util;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.slicewright.model.pooling.AVAP;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.Reservation;
import org.slicewright.model.pooling.ResourceKind;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.model.scenario.TwinStudy;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.ResourceQoS;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.ProfileEntry;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.MobilityModel;

/**
 * The Slicewright model's constraints. Every message names the element it concerns.
 * <p>
 * Registered as the EMF {@link EValidator} of the five packages (so EMF's Diagnostician and the
 * workbench use it) and usable directly through {@link #validate(Scenario)}, which returns plain
 * {@link Problem}s for the command line. Cross-element rules (duplicate ids) run once, on the
 * scenario root; per-element rules run on each element.
 */
public final class ModelValidator implements EValidator {
  public static final ModelValidator INSTANCE = new ModelValidator();
  public static final String DIAGNOSTIC_SOURCE = "org.slicewright.model";

  private ModelValidator() {
  }

  /** All problems of a scenario, in document order. */
  public static List<Problem> validate(Scenario scenario) {
    List<Problem> out = new ArrayList<>();
    checkIds(scenario, out);
    for (TreeIterator<EObject> it = scenario.eAllContents(); it.hasNext();) {
      checkElement(it.next(), out);
    }
    checkElement(scenario, out);
    return out;
  }

  /** Whether the list holds an error (warnings do not make a scenario invalid). */
  public static boolean hasErrors(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  // ---- EValidator

  @Override
  public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return validate(object.eClass(), object, diagnostics, context);
  }

  @Override
  public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
    List<Problem> found = new ArrayList<>();
    if (object instanceof Scenario) checkIds((Scenario) object, found);
    checkElement(object, found);
    if (diagnostics != null) {
      for (Problem p : found) {
        diagnostics.add(new BasicDiagnostic(p.severity() == Problem.Severity.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING,
            DIAGNOSTIC_SOURCE, 0, p.element() + ": " + p.message(), new Object[] { p.object() }));
      }
    }
    return found.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  @Override
  public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return true;
  }

  // ---- rules

  /** How an element is named in messages: its id, or its type and path when it has none. */
  public static String label(EObject o) {
    if (o instanceof Identified && ((Identified) o).getId() != null && !((Identified) o).getId().isBlank()) {
      return o.eClass().getName() + " '" + ((Identified) o).getId() + "'";
    }
    EObject owner = o.eContainer();
    while (owner != null && !(owner instanceof Identified && ((Identified) owner).getId() != null)) owner = owner.eContainer();
    String where = owner == null ? EcoreUtil.getURI(o).fragment() : "in " + label(owner);
    return o.eClass().getName() + " " + where;
  }

  private static void error(List<Problem> out, EObject o, String message) {
    out.add(new Problem(Problem.Severity.ERROR, label(o), message, o));
  }

  private static void warning(List<Problem> out, EObject o, String message) {
    out.add(new Problem(Problem.Severity.WARNING, label(o), message, o));
  }

  static void checkIds(Scenario scenario, List<Problem> out) {
    Map<String, EObject> seen = new HashMap<>();
    List<EObject> all = new ArrayList<>();
    all.add(scenario);
    scenario.eAllContents().forEachRemaining(all::add);
    for (EObject o : all) {
      if (!(o instanceof Identified)) continue;
      String id = ((Identified) o).getId();
      if (id == null || id.isBlank()) {
        error(out, o, "has no id");
      } else if (seen.containsKey(id)) {
        error(out, o, "duplicate id '" + id + "' (also used by " + seen.get(id).eClass().getName() + ")");
      } else {
        seen.put(id, o);
      }
    }
  }

  static void checkElement(EObject o, List<Problem> out) {
    List<String> numbers = new ArrayList<>();
    NumericRanges.check(o, numbers);
    for (String p : numbers) error(out, o, p);
    if (o instanceof Node) checkNode((Node) o, out);
    else if (o instanceof Link) checkLink((Link) o, out);
    else if (o instanceof ProfileEntry) checkProfileEntry((ProfileEntry) o, out);
    else if (o instanceof VAP) checkVap((VAP) o, out);
    else if (o instanceof SubPool) checkSubPool((SubPool) o, out);
    else if (o instanceof SecondaryPool) checkSecondaryPool((SecondaryPool) o, out);
    else if (o instanceof LevelOneTwin) checkTwin((LevelOneTwin) o, out);
    else if (o instanceof Requirement) checkRequirement((Requirement) o, out);
    else if (o instanceof ResourceQoS) checkResourceQos((ResourceQoS) o, out);
    else if (o instanceof Sweep) checkSweep((Sweep) o, out);
    else if (o instanceof PoolingStudy) checkStudy((PoolingStudy) o, out);
    else if (o instanceof LearningParameters) checkLearning((LearningParameters) o, out);
    else if (o instanceof Reservation) checkReservation((Reservation) o, out);
    else if (o instanceof OffloadingPolicy) checkOffloading((OffloadingPolicy) o, out);
    else if (o instanceof TwinStudy) checkTwinStudy((TwinStudy) o, out);
    else if (o instanceof LevelTwoTwin) checkLevelTwo((LevelTwoTwin) o, out);
    else if (o instanceof NodeSelectionPolicy) checkSelection((NodeSelectionPolicy) o, out);
  }

  private static void checkOffloading(OffloadingPolicy p, List<Problem> out) {
    if (p.getLocalWeight() < 0 || p.getLocalWeight() > 1) error(out, p, "local weight w_L must be in [0, 1], is " + p.getLocalWeight());
    if (!(p.getDropout() > 0 && p.getDropout() < 1)) error(out, p, "dropout must be in (0, 1), is " + p.getDropout());
    if (p.getPasses() < 2) error(out, p, "confidence passes J must be >= 2, is " + p.getPasses());
    if (p.getProbability() < 0 || p.getProbability() > 1) error(out, p, "probability p must be in [0, 1], is " + p.getProbability());
    if (!(p.getUnderProvisioningCost() > 0) || !(p.getOverProvisioningCost() > 0)) error(out, p, "cost coefficients c1 and c2 must be > 0");
    if (p.getRttMs() < 0) error(out, p, "RTT must be >= 0 ms, is " + p.getRttMs());
    if (p.getEpochs() < 1) error(out, p, "epochs must be >= 1, is " + p.getEpochs());
    if (p.getPatience() < 1) error(out, p, "early-stopping patience must be >= 1, is " + p.getPatience());
    if (!(p.getLearningRate() > 0) || Double.isInfinite(p.getLearningRate())) error(out, p, "learning rate must be a finite number > 0, is " + p.getLearningRate());
    if (p.getPreset() != null && !p.getPreset().equals("small") && !p.getPreset().equals("paper")) {
      error(out, p, "unknown DDNN preset '" + p.getPreset() + "' (small, paper)");
    }
    if (p.getOffloadingBlock() != null && !p.getOffloadingBlock().equals("network") && !p.getOffloadingBlock().equals("logistic")) {
      error(out, p, "unknown ML offloading block '" + p.getOffloadingBlock() + "' (network, logistic)");
    }
    try {
      OffloadingWeights.parse(p.getWeightSweep());
    } catch (IllegalArgumentException e) {
      error(out, p, e.getMessage());
    }
  }

  private static void checkNode(Node n, List<Problem> out) {
    NodeResources r = n.getResources();
    boolean hosts = n.getKind() != NodeKind.END_DEVICE;
    if (!hosts && n.getStreamFrameSize() <= 0) error(out, n, "stream frame size must be > 0 pixels, is " + n.getStreamFrameSize());
    if (!hosts && !(n.getStreamFps() > 0)) error(out, n, "stream rate must be > 0 frames/s, is " + n.getStreamFps());
    if (r == null) {
      if (hosts) error(out, n, "has no resources (compute, memory, storage)");
      return;
    }
    if (r.getCompute() < 0 || r.getMemory() < 0 || r.getStorage() < 0 || r.getAccelerator() < 0) {
      error(out, n, "has a negative capacity (compute " + r.getCompute() + ", memory " + r.getMemory() + ", storage "
          + r.getStorage() + ", accelerator " + r.getAccelerator() + ")");
    } else if (hosts && r.getCompute() == 0) {
      error(out, n, "has zero compute capacity");
    }
  }

  private static void checkLink(Link l, List<Problem> out) {
    if (l.getSource() == null || l.getSource().eIsProxy() || l.getSource().eContainer() == null) {
      error(out, l, "has no source node (dangling link end)");
    }
    if (l.getTarget() == null || l.getTarget().eIsProxy() || l.getTarget().eContainer() == null) {
      error(out, l, "has no target node (dangling link end)");
    }
    if (l.getSource() != null && l.getSource() == l.getTarget()) error(out, l, "connects node '" + l.getSource().getId() + "' to itself");
    if (l.getBandwidthMbps() <= 0) error(out, l, "bandwidth must be > 0 Mbit/s, is " + l.getBandwidthMbps());
    if (l.getLatencyMeanMs() < 0 || l.getLatencyStdMs() < 0) error(out, l, "latency mean and deviation must be >= 0 ms");
    if (!(l.getStableAlpha() > 1 && l.getStableAlpha() <= 2)) error(out, l, "stable alpha must be in (1, 2] (a finite mean), is " + l.getStableAlpha());
    if (!(l.getStableScale() >= 0) || Double.isInfinite(l.getStableScale())) error(out, l, "stable scale must be a finite number >= 0 ms (0: fitted), is " + l.getStableScale());
    if (l.getLatencyDistribution() == LatencyDistribution.STABLE && l.getStableScale() == 0 && !(l.getLatencyStdMs() > 0 && l.getLatencyMeanMs() > 0)) {
      error(out, l, "a STABLE latency with a fitted scale needs a mean and a standard deviation > 0 ms");
    }
  }

  private static void checkProfileEntry(ProfileEntry e, List<Problem> out) {
    if (e.getFrameSize() <= 0 || e.getInstances() <= 0) error(out, e, "frame size and instances must be > 0");
    if (e.getCpuPreMs() < 0 || e.getAcceleratorMs() < 0 || e.getCpuPostMs() < 0) error(out, e, "times must be >= 0 ms");
  }

  private static double capacity(Node n, ResourceKind kind) {
    NodeResources r = n.getResources();
    if (r == null) return 0;
    switch (kind) {
      case COMPUTE:
        return r.getCompute();
      case MEMORY:
        return r.getMemory();
      case STORAGE:
        return r.getStorage();
      case ACCELERATOR:
        return r.getAccelerator();
      default:
        return Double.POSITIVE_INFINITY; // bandwidth is checked against links, not nodes
    }
  }

  private static void checkReservation(Reservation r, List<Problem> out) {
    if (r.getAmount() < 0) error(out, r, "reserves a negative amount of " + r.getKind() + ": " + r.getAmount());
  }

  private static void checkVap(VAP v, List<Problem> out) {
    if (v.getNode() == null) {
      error(out, v, "is not bound to a physical node");
      return;
    }
    for (Reservation r : v.getReservations()) {
      double cap = capacity(v.getNode(), r.getKind());
      if (r.getAmount() > cap) {
        error(out, v, "reserves " + r.getAmount() + " " + r.getKind() + " but node '" + v.getNode().getId() + "' has only " + cap);
      }
    }
  }

  private static Map<ResourceKind, Double> sum(Iterable<Reservation> rs) {
    Map<ResourceKind, Double> m = new EnumMap<>(ResourceKind.class);
    for (Reservation r : rs) m.merge(r.getKind(), r.getAmount(), Double::sum);
    return m;
  }

  private static void checkSubPool(SubPool s, List<Problem> out) {
    if (s.getMembers().isEmpty()) error(out, s, "has no member VAPs");
    if (s.getTrainer() != null && !s.getMembers().contains(s.getTrainer())) {
      error(out, s, "trainer VAP '" + s.getTrainer().getId() + "' is not a member of the sub-pool");
    }
    AVAP avap = s.getAvap();
    if (avap != null) {
      Map<ResourceKind, Double> required = new EnumMap<>(ResourceKind.class);
      for (VAP v : s.getMembers()) sum(v.getReservations()).forEach((k, a) -> required.merge(k, a, Double::sum));
      Map<ResourceKind, Double> held = sum(avap.getReservations());
      required.forEach((k, need) -> {
        double have = held.getOrDefault(k, 0.0);
        if (have + 1e-9 < need) {
          error(out, avap, "reserves " + have + " " + k + ", below the " + need + " its member VAPs reserve");
        }
      });
    }
  }

  private static void checkSecondaryPool(SecondaryPool p, List<Problem> out) {
    if (p.getService() == null) error(out, p, "names no AI service");
    if (p.getVnf() == null) {
      error(out, p, "names no VNF");
    } else {
      for (SubPool s : p.getSubPools()) {
        for (VAP v : s.getMembers()) {
          if (v.getNode() != null && !p.getVnf().getPlacements().contains(v.getNode())) {
            error(out, s, "member VAP '" + v.getId() + "' does not host VNF '" + p.getVnf().getId() + "'");
          }
        }
      }
    }
    PoolingPolicy pol = p.getPolicy();
    int vaps = p.getVnf() == null ? 0 : p.getVnf().getPlacements().size();
    if (pol != null && (pol.getK() < 1 || (vaps > 0 && pol.getK() > vaps))) {
      error(out, pol, "k = " + pol.getK() + " sub-pools is outside 1.." + vaps + " (the VAPs hosting the VNF)");
    }
  }

  private static void checkTwin(LevelOneTwin t, List<Problem> out) {
    boolean trace = t.getTraceRef() != null && !t.getTraceRef().isBlank();
    if (!trace && !(t.getArrivalRate() > 0)) error(out, t, "arrival rate lambda must be > 0, is " + t.getArrivalRate());
    if (t.getSize() < 1) error(out, t, "size must be >= 1 user");
    if (t.getDiurnalAmplitude() < 0 || t.getDiurnalAmplitude() >= 1) error(out, t, "diurnal amplitude must be in [0, 1), is " + t.getDiurnalAmplitude());
    if (t.getPeakHour() < 0 || t.getPeakHour() > 24) error(out, t, "peak hour must be in [0, 24], is " + t.getPeakHour());
    if (t.getNoise() < 0) error(out, t, "noise must be >= 0, is " + t.getNoise());
    if (t.getMobility() == MobilityModel.COMMUTE && (t.getHomeSite() == null || t.getWorkSite() == null)) {
      error(out, t, "COMMUTE mobility needs a home site and a work site");
    }
  }

  private static void checkSelection(NodeSelectionPolicy p, List<Problem> out) {
    if (p.getAlpha() < 0 || p.getBeta() < 0 || p.getGamma() < 0 || p.getAlpha() + p.getBeta() + p.getGamma() == 0) {
      error(out, p, "weights alpha, beta, gamma of W must be >= 0 and not all 0");
    }
    if (p.getW1() < 0 || p.getW5() < 0 || p.getW15() < 0 || p.getW1() + p.getW5() + p.getW15() == 0) {
      error(out, p, "EMA weights w1, w5, w15 of S must be >= 0 and not all 0");
    }
    if (!(p.getQosBudgetMs() > 0)) error(out, p, "QoS budget must be > 0 ms, is " + p.getQosBudgetMs());
  }

  /** A level-two twin may only hold level-one twins whose groups use one of its slice's services. */
  private static void checkLevelTwo(LevelTwoTwin t, List<Problem> out) {
    if (t.getSlice() == null) {
      error(out, t, "has no slice");
      return;
    }
    for (LevelOneTwin m : t.getMembers()) {
      if (m.getServices().stream().noneMatch(t.getSlice().getServices()::contains)) {
        error(out, t, "member '" + m.getId() + "' uses none of slice '" + t.getSlice().getId() + "''s services: the slice must not see its data");
      }
    }
  }

  private static void checkTwinStudy(TwinStudy t, List<Problem> out) {
    if (t.getPeriods() < 1) error(out, t, "periods must be >= 1, is " + t.getPeriods());
    if (!(t.getPeriodS() > 0)) error(out, t, "period must be > 0 s, is " + t.getPeriodS());
    if (t.getSeasonLength() < 2) error(out, t, "season length must be >= 2 periods, is " + t.getSeasonLength());
    if (t.getHeadroom() < 0) error(out, t, "headroom must be >= 0, is " + t.getHeadroom());
    if (t.getSlaShortfall() < 0 || t.getSlaShortfall() >= 1) error(out, t, "SLA shortfall share must be in [0, 1), is " + t.getSlaShortfall());
    if (t.getLags() < 1) error(out, t, "lags must be >= 1, is " + t.getLags());
    if (t.getPolicies().isEmpty()) error(out, t, "has no reservation policy (one emulation instance per policy)");
  }

  private static void checkRequirement(Requirement r, List<Problem> out) {
    double v = r.getValue();
    switch (r.getIndicator()) {
      case ACCURACY:
      case GENERALISATION:
      case ROBUSTNESS:
        if (v < 0 || v > 1) error(out, r, r.getIndicator() + " must be a fraction in [0, 1], is " + v);
        break;
      case SECURITY_LEVEL:
      case PRIVACY_LEVEL:
      case AUTONOMY_LEVEL:
        if (v < 0 || v > 5 || v != Math.rint(v)) error(out, r, r.getIndicator() + " must be a level 0..5, is " + v);
        break;
      default:
        if (v < 0) error(out, r, r.getIndicator() + " must be >= 0, is " + v);
    }
    if (r.getComparison() == Comparison.AT_LEAST && (r.getIndicator().getName().endsWith("OVERHEAD")
        || r.getIndicator().getName().equals("LATENCY") || r.getIndicator().getName().equals("TRAINING_DURATION"))) {
      warning(out, r, r.getIndicator() + " is usually bounded from above (AT_MOST)");
    }
  }

  private static void checkResourceQos(ResourceQoS q, List<Problem> out) {
    if (q.getValue() < 0) error(out, q, q.getResource() + " " + q.getMetric() + " must be >= 0, is " + q.getValue());
    if (q.getMetric() == null || q.getMetric().isBlank()) error(out, q, "names no metric");
  }

  private static void checkSweep(Sweep s, List<Problem> out) {
    if (s.getSubPoolsFrom() < 1 || s.getSubPoolsTo() < s.getSubPoolsFrom()) {
      error(out, s, "sub-pool range " + s.getSubPoolsFrom() + ".." + s.getSubPoolsTo() + " is empty or starts below 1");
    }
    for (Double l : s.getLambdaMaxValues()) {
      if (!(l > 0)) error(out, s, "lambda max must be > 0, is " + l);
    }
    if (s.getSeeds() < 1) error(out, s, "needs at least one seed");
    if (s.getThreads() < 0) error(out, s, "threads must be >= 0 (0 = all cores)");
    EObject root = EcoreUtil.getRootContainer(s);
    if (root instanceof Scenario) {
      for (PoolingStudy st : ((Scenario) root).getPoolingStudies()) {
        SecondaryPool p = st.getSecondaryPool();
        if (p != null && p.getVnf() != null && s.getSubPoolsTo() > p.getVnf().getPlacements().size()) {
          error(out, s, "asks for up to " + s.getSubPoolsTo() + " sub-pools but pool '" + p.getId() + "' has only "
              + p.getVnf().getPlacements().size() + " VAPs");
        }
      }
    }
  }

  private static void checkStudy(PoolingStudy st, List<Problem> out) {
    if (st.getSecondaryPool() == null) error(out, st, "names no secondary pool");
    if (!(st.getLambdaMax() > 0)) error(out, st, "lambda max must be > 0, is " + st.getLambdaMax());
    if (st.getLearning() == null) error(out, st, "has no learning parameters");
  }

  private static void checkLearning(LearningParameters l, List<Problem> out) {
    if (l.getHiddenUnits() < 1) error(out, l, "hidden units must be >= 1");
    if (!(l.getLearningRate() > 0)) error(out, l, "learning rate must be > 0");
    if (l.getTicks() < 1) error(out, l, "ticks must be >= 1");
    if (l.getAggregationPeriod() < 1) error(out, l, "aggregation period must be >= 1 tick");
    if (l.getBatchSize() < 1) error(out, l, "batch size must be >= 1");
    if (l.getLabelSkew() < 0 || l.getLabelSkew() > 1) error(out, l, "label skew must be in [0, 1], is " + l.getLabelSkew());
    if (l.getDataUnitSamples() < 1) error(out, l, "samples per data unit must be >= 1");
  }
}
