package org.slicewright.model.util;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slicewright.model.pooling.PoolingFactory;
import org.slicewright.model.pooling.PoolingFeature;
import org.slicewright.model.pooling.PoolingMethod;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.PrimaryPool;
import org.slicewright.model.pooling.Reservation;
import org.slicewright.model.pooling.ResourceKind;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.OffloadingKind;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.SelectionKind;
import org.slicewright.model.twins.MobilityModel;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.ConventionalService;
import org.slicewright.model.scenario.TwinStudy;
import org.slicewright.model.scenario.ReservationPolicyKind;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.model.slicing.AIPhase;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.DeploymentPoint;
import org.slicewright.model.slicing.LearningMethod;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.ResourceQoS;
import org.slicewright.model.slicing.RoleAssignment;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.SliceKind;
import org.slicewright.model.slicing.SlicingFactory;
import org.slicewright.model.slicing.TaskResource;
import org.slicewright.model.slicing.TaskRole;
import org.slicewright.model.slicing.VNF;
import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinModelConfig;
import org.slicewright.model.twins.TwinsFactory;

/**
 * The reference scenarios: the bundled examples and the templates of the New Scenario wizard.
 * The files under {@code examples/} are these models saved; a test keeps both in step, and
 * {@link #main(String[])} rewrites them.
 */
public final class ScenarioTemplates {
  private static final TopologyFactory T = TopologyFactory.eINSTANCE;
  private static final SlicingFactory S = SlicingFactory.eINSTANCE;
  private static final PoolingFactory P = PoolingFactory.eINSTANCE;
  private static final TwinsFactory W = TwinsFactory.eINSTANCE;
  private static final ScenarioFactory C = ScenarioFactory.eINSTANCE;

  /** Example name to builder; the example lives in {@code examples/NAME/NAME.slicewright}. */
  public static final List<String> EXAMPLES = List.of("pooling-32ap", "offloading-ddnn", "hetero-edge", "tona-tasks", "twin-demand");

  private ScenarioTemplates() {
  }

  public static Scenario build(String name) {
    switch (name) {
      case "pooling-32ap": return pooling32ap();
      case "offloading-ddnn": return offloadingDdnn();
      case "hetero-edge": return heteroEdge();
      case "tona-tasks": return tonaTasks();
      case "twin-demand": return twinDemand();
      case "empty": return empty("scenario", "New scenario");
      default: throw new IllegalArgumentException("unknown template '" + name + "'; known: " + EXAMPLES);
    }
  }

  /** An empty but valid scenario: a network, the default cost and twin models. */
  public static Scenario empty(String id, String name) {
    Scenario s = C.createScenario();
    s.setId(id);
    s.setName(name);
    Network n = T.createNetwork();
    n.setId(id + "-network");
    n.setName("Network");
    s.setNetwork(n);
    ResourceUnitCostModel cost = P.createResourceUnitCostModel();
    cost.setId(id + "-ru-costs");
    cost.setName("RU cost model of the resource-pooling study");
    s.setCostModel(cost);
    TwinModelConfig tm = W.createTwinModelConfig();
    tm.setId(id + "-twin-model");
    tm.setName("Twin model");
    s.setTwinModel(tm);
    return s;
  }

  // ---------------------------------------------------------------- helpers

  private static Site site(Network n, String id, double x, double y) {
    Site s = T.createSite();
    s.setId(id);
    s.setName(id);
    s.setX(x);
    s.setY(y);
    n.getSites().add(s);
    return s;
  }

  private static Node node(Network n, String id, String name, NodeKind kind, Site site, double compute, double memory, double storage) {
    Node node = T.createNode();
    node.setId(id);
    node.setName(name);
    node.setKind(kind);
    node.setSite(site);
    NodeResources r = T.createNodeResources();
    r.setCompute(compute);
    r.setMemory(memory);
    r.setStorage(storage);
    node.setResources(r);
    n.getNodes().add(node);
    return node;
  }

  private static Link link(Network n, Node a, Node b, double mbps, double latencyMs) {
    Link l = T.createLink();
    l.setId("link-" + a.getId() + "-" + b.getId());
    l.setSource(a);
    l.setTarget(b);
    l.setBandwidthMbps(mbps);
    l.setLatencyMeanMs(latencyMs);
    n.getLinks().add(l);
    return l;
  }

  private static Requirement requirement(QoAISIndicator indicator, Comparison cmp, double value, String unit) {
    Requirement r = S.createRequirement();
    r.setIndicator(indicator);
    r.setComparison(cmp);
    r.setValue(value);
    r.setUnit(unit);
    return r;
  }

  private static Reservation reservation(ResourceKind kind, double amount) {
    Reservation r = P.createReservation();
    r.setKind(kind);
    r.setAmount(amount);
    return r;
  }

  /** A service's secondary pool whose sub-pools k-means forms over the VAPs' location and arrival rate. */
  private static SecondaryPool kMeansPool(Scenario s, String id, String name, AIService service, VNF vnf, int k) {
    SecondaryPool pool = P.createSecondaryPool();
    pool.setId(id);
    pool.setName(name);
    pool.setService(service);
    pool.setVnf(vnf);
    PoolingPolicy policy = P.createPoolingPolicy();
    policy.setId("kmeans-policy");
    policy.setName("k-means over location and arrival rate");
    policy.setMethod(PoolingMethod.KMEANS);
    policy.setK(k);
    policy.getFeatures().add(PoolingFeature.LOCATION);
    policy.getFeatures().add(PoolingFeature.ARRIVAL_RATE);
    pool.setPolicy(policy);
    s.getSecondaryPools().add(pool);
    return pool;
  }

  private static PrimaryPool primaryPool(Scenario s, List<Node> nodes, double computeEach) {
    PrimaryPool pool = P.createPrimaryPool();
    pool.setId("primary-pool");
    pool.setName("Primary pool");
    for (Node n : nodes) {
      VAP v = P.createVAP();
      v.setId("vap-" + n.getId());
      v.setName("VAP " + n.getName());
      v.setNode(n);
      if (computeEach > 0) v.getReservations().add(reservation(ResourceKind.COMPUTE, computeEach));
      pool.getVaps().add(v);
    }
    s.setPrimaryPool(pool);
    return pool;
  }

  // ---------------------------------------------------------------- pooling-32ap

  /**
   * The resource-pooling study's case study: 32 APs with edge compute around one macro BS, one federated
   * digit-recognition function at every AP, k-means pooling over location and arrival rate, and a
   * sweep of k in {1, 2, 4, 8, 16, 32} sub-pools x lambda max in {1, 2, 5, 10} (1 is the study's Fig. 5).
   */
  /** CPU compute of each AP of the pooling example for the AI function, GFLOP/s. */
  public static final double AP_COMPUTE_GFLOPS = 1.5;

  public static Scenario pooling32ap() {
    Scenario s = empty("pooling-32ap", "Resource pooling, 32 APs");
    s.setDescription("32 access points with edge compute share one federated digit-recognition AI function. "
        + "The what-if sweeps the number of sub-pools formed by k-means over AP location and data-arrival rate "
        + "(1 = centralised learning, 32 = fully distributed) and the maximum arrival rate lambda max.");
    s.setSeed(1);
    Network n = s.getNetwork();
    Site core = site(n, "site-core", 700, 300);
    Node mbs = node(n, "mbs", "Macro BS", NodeKind.MACRO_BS, core, 500, 64, 1024);
    Node cloud = node(n, "cloud", "Cloud", NodeKind.CLOUD, site(n, "site-cloud", 700, -2000), 10000, 1024, 100000);
    link(n, mbs, cloud, 10000, 10);
    // 8 x 4 grid, 200 m apart, with a fixed jitter so that k-means has structure to find.
    Random jitter = new Random(2026);
    List<Node> aps = new ArrayList<>();
    AIService service = S.createAIService();
    for (int i = 0; i < 32; i++) {
      double x = (i % 8) * 200 + jitter.nextGaussian() * 30;
      double y = (i / 8) * 200 + jitter.nextGaussian() * 30;
      String id = String.format("ap%02d", i + 1);
      // 1.5 GFLOP/s: the CPU share an AP's embedded board gives the AI function's training (a
      // quad-core Cortex-A53-class SoC also runs the AP and the ordinary slices). At 5 local epochs of
      // 10-digit units a trainer then trains about 24 units/s: the whole network at lambda max = 1
      // (16 units/s on average), not beyond.
      Node ap = node(n, id, "AP " + (i + 1), NodeKind.ACCESS_POINT, site(n, "site-" + id, Math.round(x), Math.round(y)), AP_COMPUTE_GFLOPS, 8, 64);
      aps.add(ap);
      link(n, ap, mbs, 1000, 2);
      UserDeviceGroup g = T.createUserDeviceGroup();
      g.setId("users-" + id);
      g.setName("Users at AP " + (i + 1));
      g.setAttachedTo(ap);
      g.setSize(20 + jitter.nextInt(60));
      n.getDeviceGroups().add(g);
    }
    Slice slice = S.createSlice();
    slice.setId("ai-slice");
    slice.setName("AI slice");
    slice.setKind(SliceKind.AI);
    service.setId("digit-recognition");
    service.setName("Handwritten-digit recognition (FL)");
    service.setPhases(AIPhase.TRAINING_AND_INFERENCE);
    service.setLearningMethod(LearningMethod.FEDERATED);
    service.getRequirements().add(requirement(QoAISIndicator.ACCURACY, Comparison.AT_LEAST, 0.94, ""));
    service.getRequirements().add(requirement(QoAISIndicator.CONVERGENCE_RATE, Comparison.AT_LEAST, 0.80, ""));
    VNF vnf = S.createVNF();
    vnf.setId("digit-vnf");
    vnf.setName("Digit recognition function");
    vnf.setAiFunction(true);
    vnf.getPlacements().addAll(aps);
    service.getFunctions().add(vnf);
    slice.getServices().add(service);
    s.getSlices().add(slice);
    primaryPool(s, aps, 0.5);
    SecondaryPool pool = kMeansPool(s, "digit-pool", "Secondary pool of the digit-recognition service", service, vnf, 4);
    for (Node ap : aps) {
      LevelOneTwin t = W.createLevelOneTwin();
      t.setId("twin-" + ap.getId());
      t.setName("Twin of users at " + ap.getName());
      UserDeviceGroup g = n.getDeviceGroups().get(aps.indexOf(ap));
      t.setGroup(g);
      t.setSize(g.getSize());
      t.setX(ap.getSite().getX());
      t.setY(ap.getSite().getY());
      t.setArrivalRate(1 + jitter.nextInt(90) / 10.0);
      t.getServices().add(service);
      s.getLevelOneTwins().add(t);
    }
    LevelTwoTwin l2 = W.createLevelTwoTwin();
    l2.setId("twin-ai-slice");
    l2.setName("Twin of the AI slice");
    l2.setSlice(slice);
    l2.getMembers().addAll(s.getLevelOneTwins());
    l2.setAggregateArrivalRate(s.getLevelOneTwins().stream().mapToDouble(LevelOneTwin::getArrivalRate).sum());
    s.getLevelTwoTwins().add(l2);
    PoolingStudy study = C.createPoolingStudy();
    study.setId("pooling-study");
    study.setName("Pooling what-if of the digit-recognition service");
    study.setSecondaryPool(pool);
    study.setLambdaMax(5);
    LearningParameters lp = C.createLearningParameters();
    study.setLearning(lp);
    s.getPoolingStudies().add(study);
    Sweep sweep = C.createSweep();
    sweep.setId("sweep-k-lambda");
    sweep.setName("k in {1, 2, 4, 8, 16, 32} x lambda max");
    sweep.setSubPoolsFrom(1);
    sweep.setSubPoolsTo(32);
    for (int k : new int[] { 1, 2, 4, 8, 16, 32 }) sweep.getSubPoolValues().add(k);
    sweep.getLambdaMaxValues().add(1.0);
    sweep.getLambdaMaxValues().add(2.0);
    sweep.getLambdaMaxValues().add(5.0);
    sweep.getLambdaMaxValues().add(10.0);
    sweep.setSeeds(1);
    sweep.setBaseSeed(1);
    s.getSweeps().add(sweep);
    return s;
  }

  // ---------------------------------------------------------------- offloading-ddnn

  /** The edge/cloud offloading study: 16 base stations served by an edge site and the cloud, with the four offloading policies. */
  public static Scenario offloadingDdnn() {
    Scenario s = empty("offloading-ddnn", "Edge/cloud offloading with a distributed LSTM");
    s.setDescription("16 base stations (one VNF each) whose resource allocation is predicted by a distributed LSTM: "
        + "a tiny local exit at the edge and a large remote exit in the cloud, 42.46 ms away. "
        + "Four offloading policies decide per sample whether the local exit suffices.");
    s.setSeed(2);
    Network n = s.getNetwork();
    Node edge = node(n, "edge", "Edge server", NodeKind.EDGE_SERVER, site(n, "site-edge", 0, 0), 200, 32, 512);
    Node cloud = node(n, "cloud", "Cloud", NodeKind.CLOUD, site(n, "site-cloud", 0, -50000), 20000, 2048, 100000);
    Link wan = link(n, edge, cloud, 10000, 21.23);
    wan.setLatencyStdMs(2);
    wan.setLatencyDistribution(LatencyDistribution.NORMAL);
    List<Node> bss = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      double angle = 2 * Math.PI * i / 16;
      String id = String.format("bs%02d", i + 1);
      Node bs = node(n, id, "BS " + (i + 1), NodeKind.SMALL_BS, site(n, "site-" + id, Math.round(1500 * Math.cos(angle)), Math.round(1500 * Math.sin(angle))), 20, 4, 32);
      link(n, bs, edge, 1000, 1);
      bss.add(bs);
    }
    Slice slice = S.createSlice();
    slice.setId("embb-slice");
    slice.setName("eMBB slice");
    slice.setKind(SliceKind.EMBB);
    AIService alloc = S.createAIService();
    alloc.setId("allocation-predictor");
    alloc.setName("Resource-allocation predictor (DDNN)");
    alloc.setPhases(AIPhase.INFERENCE);
    alloc.setLearningMethod(LearningMethod.SPLIT);
    alloc.getRequirements().add(requirement(QoAISIndicator.LATENCY, Comparison.AT_MOST, 50, "ms"));
    for (Node bs : bss) {
      VNF v = S.createVNF();
      v.setId("vnf-" + bs.getId());
      v.setName("VNF at " + bs.getName());
      v.setAiFunction(false);
      v.getPlacements().add(bs);
      alloc.getFunctions().add(v);
    }
    slice.getServices().add(alloc);
    s.getSlices().add(slice);
    primaryPool(s, bss, 2);
    for (OffloadingKind k : OffloadingKind.VALUES) {
      OffloadingPolicy p = C.createOffloadingPolicy();
      p.setId("offload-" + k.getLiteral().toLowerCase());
      p.setName(k.getLiteral().charAt(0) + k.getLiteral().substring(1).toLowerCase() + " offloading");
      p.setKind(k);
      s.getOffloadingPolicies().add(p);
    }
    return s;
  }

  // ---------------------------------------------------------------- hetero-edge

  /**
   * The edge-inference study: three boards with different accelerators and four Raspberry Pi end devices over a
   * 5G edge link whose latency follows a stable distribution. Profiles: the published single-instance
   * 600x600 accelerator times (62.65, 71.81, 79.59 ms); the CPU parts and the growth with frame size
   * and instances are estimates shaped to the published ranges (frame x2: UP +40-50 %, Coral +50-70 %,
   * Jetson +35-65 %).
   */
  public static Scenario heteroEdge() {
    Scenario s = empty("hetero-edge", "Heterogeneous edge inference cluster");
    s.setDescription("Object detection streamed from five Raspberry Pi devices (two with 1200x1200 frames at 2 frames/s, three with "
        + "600x600 at 5 frames/s) to UP Squared (VPU), Coral Dev Board (TPU) and Jetson Nano (GPU) boards 300 m apart; "
        + "5G links with the measured stable latency, mean growing with distance; QoS budget 150 ms; health checks at 75 % / 90 %.");
    s.setSeed(3);
    Network n = s.getNetwork();
    List<Node> boardNodes = new ArrayList<>();
    for (MeasuredProfiles.Board b : List.of(MeasuredProfiles.CORAL, MeasuredProfiles.JETSON_NANO, MeasuredProfiles.UP_SQUARED)) {
      HardwareProfile hp = MeasuredProfiles.profile(b, "profile-" + b.id());
      n.getHardwareProfiles().add(hp);
      Node board = node(n, b.id(), b.name(), NodeKind.BOARD, site(n, "site-" + b.id(), 300 * boardNodes.size(), 0), 10, 4, 32);
      board.setAcceleratorKind(b.accelerator());
      board.getResources().setAccelerator(b.accelerator() == AcceleratorKind.TPU ? 4 : b.accelerator() == AcceleratorKind.VPU ? 1 : 0.5);
      board.setHardwareProfile(hp);
      boardNodes.add(board);
    }
    for (int i = 1; i <= 6; i++) {
      Node pi = node(n, "rpi" + i, "Raspberry Pi " + i, NodeKind.END_DEVICE, site(n, "site-rpi" + i, 100 * i - 50, 30), 2, 1, 16);
      boolean large = i == 1 || i == 4;
      pi.setStreamFrameSize(large ? 900 : 600);
      pi.setStreamFps(large ? 3 : 5);
      for (Node board : boardNodes) {
        // The seed's 5G edge mean (13.405 ms) at 300 m, plus or minus 1 ms per 100 m of distance.
        double distance = Math.hypot(pi.getSite().getX() - board.getSite().getX(), pi.getSite().getY() - board.getSite().getY());
        Link l = link(n, pi, board, 100, round2(10.405 + distance / 100));
        l.setLatencyStdMs(16.065);
        l.setLatencyDistribution(LatencyDistribution.STABLE);
        l.setStableAlpha(1.6878);
      }
    }
    Slice slice = S.createSlice();
    slice.setId("urllc-slice");
    slice.setName("Video analytics slice");
    slice.setKind(SliceKind.URLLC);
    AIService od = S.createAIService();
    od.setId("object-detection");
    od.setName("Object detection inference");
    od.setPhases(AIPhase.INFERENCE);
    od.setLearningMethod(LearningMethod.CENTRALISED);
    od.getRequirements().add(requirement(QoAISIndicator.LATENCY, Comparison.AT_MOST, 150, "ms"));
    VNF v = S.createVNF();
    v.setId("od-function");
    v.setName("Object detector");
    v.getPlacements().addAll(boardNodes);
    od.getFunctions().add(v);
    slice.getServices().add(od);
    s.getSlices().add(slice);
    primaryPool(s, boardNodes, 0);
    for (SelectionKind k : new SelectionKind[] { SelectionKind.ROUND_ROBIN, SelectionKind.RANDOM, SelectionKind.LEAST_LATENCY, SelectionKind.COMBINED_WEIGHT }) {
      NodeSelectionPolicy p = C.createNodeSelectionPolicy();
      p.setId("select-" + k.getLiteral().toLowerCase().replace('_', '-'));
      p.setName(k.getLiteral().toLowerCase().replace('_', ' '));
      p.setKind(k);
      s.getSelectionPolicies().add(p);
    }
    // The QoS-fit filter this tool adds, shown on the two latency-aware policies so its effect is measured apart.
    for (SelectionKind k : new SelectionKind[] { SelectionKind.LEAST_LATENCY, SelectionKind.COMBINED_WEIGHT }) {
      NodeSelectionPolicy p = C.createNodeSelectionPolicy();
      p.setId("select-" + k.getLiteral().toLowerCase().replace('_', '-') + "-qos-fit");
      p.setName(k.getLiteral().toLowerCase().replace('_', ' ') + " + QoS fit");
      p.setKind(k);
      p.setQosFit(true);
      s.getSelectionPolicies().add(p);
    }
    return s;
  }

  private static double round2(double v) {
    return MeasuredProfiles.round2(v);
  }

  // ---------------------------------------------------------------- twin-demand

  /**
   * Three slices fed by eight user groups' level-one twins with daily cycles (offices peak at noon,
   * homes in the evening, a campus in the afternoon), one group commuting between two sites, and a
   * twin study comparing four reservation policies over one day of 5-minute periods.
   */
  public static Scenario twinDemand() {
    Scenario s = empty("twin-demand", "Twin-fed reservation what-if");
    s.setDescription("Level-one twins of eight user groups feed the level-two twins of an eMBB, a URLLC and an AI slice; "
        + "emulation instances reserve each slice's next 5-minute period by a static mean, the last value, seasonal-naive "
        + "or a gradient-boosting forecast, over the same day of twin data.");
    s.setSeed(11);
    Network n = s.getNetwork();
    Slice embb = slice(s, "embb-slice", "Video slice", SliceKind.EMBB);
    Slice urllc = slice(s, "urllc-slice", "Control slice", SliceKind.URLLC);
    Slice ai = slice(s, "ai-slice", "AI analytics slice", SliceKind.AI);
    ConventionalService video = S.createConventionalService();
    video.setId("video");
    video.setName("Video streaming");
    video.setTrafficMbps(400);
    embb.getServices().add(video);
    ConventionalService control = S.createConventionalService();
    control.setId("control");
    control.setName("Machine control");
    control.setTrafficMbps(20);
    control.getRequirements().add(requirement(QoAISIndicator.LATENCY, Comparison.AT_MOST, 10, "ms"));
    urllc.getServices().add(control);
    AIService analytics = S.createAIService();
    analytics.setId("analytics");
    analytics.setName("Video analytics (inference)");
    analytics.setPhases(AIPhase.INFERENCE);
    analytics.getRequirements().add(requirement(QoAISIndicator.ACCURACY, Comparison.AT_LEAST, 0.9, ""));
    ai.getServices().add(analytics);
    Object[][] groups = {
        // id, x, y, rate, amplitude, peak hour, services
        { "office-north", 0, 800, 40.0, 0.7, 12.0, new Service[] { video, control } },
        { "office-south", 0, -800, 35.0, 0.7, 13.0, new Service[] { video, analytics } },
        { "homes-east", 900, 0, 50.0, 0.6, 20.5, new Service[] { video } },
        { "homes-west", -900, 0, 45.0, 0.6, 21.0, new Service[] { video } },
        { "factory", 500, 500, 12.0, 0.3, 10.0, new Service[] { control, analytics } },
        { "campus", -500, 500, 30.0, 0.5, 15.0, new Service[] { video, analytics } },
        { "station", 0, 0, 25.0, 0.5, 8.5, new Service[] { video, analytics } },
        { "commuters", 300, -300, 20.0, 0.4, 18.0, new Service[] { video, control } } };
    Site home = site(n, "site-suburb", 1500, -1500), work = site(n, "site-business-park", 200, 900);
    Node mbs = node(n, "mbs", "Macro base station", NodeKind.MACRO_BS, site(n, "site-mbs", 0, 0), 200, 256, 4096);
    for (Object[] g : groups) {
      String id = (String) g[0];
      Node bs = node(n, "bs-" + id, "Small cell " + id, NodeKind.SMALL_BS, site(n, "site-" + id, (int) g[1], (int) g[2]), 40, 32, 512);
      link(n, bs, mbs, 1000, 2);
      UserDeviceGroup ug = T.createUserDeviceGroup();
      ug.setId("users-" + id);
      ug.setName("Users: " + id);
      ug.setAttachedTo(bs);
      ug.setSize(100);
      n.getDeviceGroups().add(ug);
      LevelOneTwin t = W.createLevelOneTwin();
      t.setId("twin-" + id);
      t.setName("Twin of " + id);
      t.setGroup(ug);
      t.setSize(ug.getSize());
      t.setX(bs.getSite().getX());
      t.setY(bs.getSite().getY());
      t.setArrivalRate((double) g[3]);
      t.setDiurnalAmplitude((double) g[4]);
      t.setPeakHour((double) g[5]);
      t.setNoise(0.15);
      for (Service svc : (Service[]) g[6]) t.getServices().add(svc);
      if (id.equals("commuters")) {
        t.setMobility(MobilityModel.COMMUTE);
        t.setHomeSite(home);
        t.setWorkSite(work);
      }
      s.getLevelOneTwins().add(t);
    }
    for (Slice sl : List.of(embb, urllc, ai)) {
      LevelTwoTwin l2 = W.createLevelTwoTwin();
      l2.setId("twin-" + sl.getId());
      l2.setName("Twin of " + sl.getName());
      l2.setSlice(sl);
      for (LevelOneTwin t : s.getLevelOneTwins()) if (t.getServices().stream().anyMatch(sl.getServices()::contains)) l2.getMembers().add(t);
      s.getLevelTwoTwins().add(l2);
    }
    // The twins take the twin model's control: one value a minute, a week of values kept.
    s.getTwinModel().setSyncPeriodS(60);
    s.getTwinModel().setHistoryLength(7 * 24 * 60);
    TwinStudy st = C.createTwinStudy();
    st.setId("twin-study");
    st.setName("Reservation policies over one day");
    st.setPeriods(288);
    st.setPeriodS(300);
    st.setSeasonLength(288);
    st.setHeadroom(0.1);
    st.setSlaShortfall(0.05);
    st.setLags(12);
    st.getPolicies().addAll(List.of(ReservationPolicyKind.STATIC_MEAN, ReservationPolicyKind.LAST_VALUE, ReservationPolicyKind.SEASONAL_NAIVE,
        ReservationPolicyKind.FORECAST));
    // The planner's twin-model question: how often to synchronise, at what precision.
    st.getSweepSyncPeriodsS().addAll(List.of(60.0, 300.0, 900.0, 1800.0, 3600.0));
    st.getSweepPrecisions().addAll(List.of(0.01, 0.05, 0.2));
    s.getTwinStudies().add(st);
    return s;
  }

  private static Slice slice(Scenario s, String id, String name, SliceKind kind) {
    Slice sl = S.createSlice();
    sl.setId(id);
    sl.setName(name);
    sl.setKind(kind);
    s.getSlices().add(sl);
    return sl;
  }

  // ---------------------------------------------------------------- tona-tasks

  /**
   * The native-AI architecture study: a federated training service decomposed into TONA tasks with QoAIS and per-resource QoS,
   * trained by the pooling engine on eight UEs so that every requirement is measured on a run.
   */
  public static Scenario tonaTasks() {
    Scenario s = empty("tona-tasks", "Task-oriented native AI: a training service as tasks");
    s.setDescription("A federated training service whose QoAIS (accuracy, training duration, overhead, privacy, autonomy) "
        + "is decomposed into two AI tasks; each task places anchor, scheduler and executors on gNB/CU/DU/CN/UE "
        + "and states its QoS per resource kind (connection, computing, data, algorithm). The pooling what-if trains it "
        + "on the UEs and checks the requirements on the scenario's policy.");
    s.setSeed(4);
    Network n = s.getNetwork();
    Site site = site(n, "site-ran", 0, 0);
    Node cn = node(n, "cn", "Core network", NodeKind.CLOUD, site(n, "site-core", 0, -5000), 1000, 256, 10000);
    Node cu = node(n, "cu", "gNB-CU", NodeKind.EDGE_SERVER, site, 200, 64, 1000);
    Node du = node(n, "du", "gNB-DU", NodeKind.MACRO_BS, site, 100, 32, 500);
    link(n, du, cu, 10000, 0.5);
    link(n, cu, cn, 10000, 5);
    // Two neighbourhoods of four UEs each, so that sub-pools have places to form.
    List<Node> ues = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      double x = i <= 4 ? 100 * i : 600 + 100 * i, y = i <= 4 ? 50 : 400;
      Node ue = node(n, "ue" + i, "UE " + i, NodeKind.END_DEVICE, site(n, "site-ue" + i, x, y), AP_COMPUTE_GFLOPS, 4, 64);
      link(n, ue, du, 100, 4);
      ues.add(ue);
    }
    Slice slice = S.createSlice();
    slice.setId("ai-slice");
    slice.setName("Native-AI slice");
    slice.setKind(SliceKind.AI);
    AIService svc = S.createAIService();
    svc.setId("fl-training");
    svc.setName("Federated model training");
    svc.setPhases(AIPhase.TRAINING);
    svc.setLearningMethod(LearningMethod.FEDERATED);
    Requirement acc = requirement(QoAISIndicator.ACCURACY, Comparison.AT_LEAST, 0.9, "");
    Requirement dur = requirement(QoAISIndicator.TRAINING_DURATION, Comparison.AT_MOST, 600, "s");
    Requirement tx = requirement(QoAISIndicator.TRANSMISSION_OVERHEAD, Comparison.AT_MOST, 500, "MB");
    Requirement priv = requirement(QoAISIndicator.PRIVACY_LEVEL, Comparison.AT_LEAST, 3, "level");
    Requirement aut = requirement(QoAISIndicator.AUTONOMY_LEVEL, Comparison.AT_LEAST, 2, "level");
    svc.getRequirements().addAll(List.of(acc, dur, tx, priv, aut));
    VNF f = S.createVNF();
    f.setId("training-function");
    f.setName("Local training");
    f.getPlacements().addAll(ues);
    svc.getFunctions().add(f);
    AITask local = S.createAITask();
    local.setId("task-local-training");
    local.setName("Local training on UEs");
    local.getRoles().add(role(TaskRole.ANCHOR, DeploymentPoint.CU, cu));
    local.getRoles().add(role(TaskRole.SCHEDULER, DeploymentPoint.DU, du));
    for (Node ue : ues) local.getRoles().add(role(TaskRole.EXECUTOR, DeploymentPoint.UE, ue));
    local.getResourceQos().add(qos(TaskResource.COMPUTING, "duration", Comparison.AT_MOST, 400, "s", dur));
    local.getResourceQos().add(qos(TaskResource.DATA, "samples", Comparison.AT_LEAST, 5000, "samples", acc));
    local.getResourceQos().add(qos(TaskResource.ALGORITHM, "precision", Comparison.AT_LEAST, 0.9, "", acc));
    local.getResourceQos().add(qos(TaskResource.DATA, "privacy level", Comparison.AT_LEAST, 3, "level", priv));
    AITask agg = S.createAITask();
    agg.setId("task-aggregation");
    agg.setName("Model aggregation");
    agg.getRoles().add(role(TaskRole.ANCHOR, DeploymentPoint.CN, cn));
    agg.getRoles().add(role(TaskRole.SCHEDULER, DeploymentPoint.CU, cu));
    agg.getRoles().add(role(TaskRole.EXECUTOR, DeploymentPoint.CU, cu));
    agg.getResourceQos().add(qos(TaskResource.CONNECTION, "bandwidth", Comparison.AT_LEAST, 50, "Mbit/s", tx));
    agg.getResourceQos().add(qos(TaskResource.CONNECTION, "delay", Comparison.AT_MOST, 20, "ms", dur));
    agg.getResourceQos().add(qos(TaskResource.CONNECTION, "bit error rate", Comparison.AT_MOST, 1e-6, "", acc));
    agg.getResourceQos().add(qos(TaskResource.COMPUTING, "duration", Comparison.AT_MOST, 60, "s", dur));
    agg.getResourceQos().add(qos(TaskResource.ALGORITHM, "autonomy level", Comparison.AT_LEAST, 2, "level", aut));
    svc.getTasks().add(local);
    svc.getTasks().add(agg);
    slice.getServices().add(svc);
    s.getSlices().add(slice);
    // The training what-if: FedAvg on the UEs, sub-pools by k-means, the scenario's policy k = 2.
    primaryPool(s, ues, 0);
    SecondaryPool pool = kMeansPool(s, "training-pool", "Secondary pool of the training service", svc, f, 2);
    PoolingStudy study = C.createPoolingStudy();
    study.setId("training-study");
    study.setName("Federated training of the service");
    study.setSecondaryPool(pool);
    study.setLambdaMax(2);
    study.setLearning(C.createLearningParameters());
    s.getPoolingStudies().add(study);
    Sweep sweep = C.createSweep();
    sweep.setId("sweep-k");
    sweep.setName("k in {1, 2, 4, 8}");
    sweep.setSubPoolsFrom(1);
    sweep.setSubPoolsTo(8);
    for (int k : new int[] { 1, 2, 4, 8 }) sweep.getSubPoolValues().add(k);
    sweep.getLambdaMaxValues().add(2.0);
    sweep.setSeeds(1);
    sweep.setBaseSeed(4);
    s.getSweeps().add(sweep);
    return s;
  }

  private static RoleAssignment role(TaskRole role, DeploymentPoint where, Node node) {
    RoleAssignment a = S.createRoleAssignment();
    a.setRole(role);
    a.setDeployment(where);
    a.setNode(node);
    return a;
  }

  private static ResourceQoS qos(TaskResource res, String metric, Comparison cmp, double value, String unit, Requirement from) {
    ResourceQoS q = S.createResourceQoS();
    q.setResource(res);
    q.setMetric(metric);
    q.setComparison(cmp);
    q.setValue(value);
    q.setUnit(unit);
    q.setDerivedFrom(from);
    return q;
  }

  /** Writes every example to {@code DIR/NAME/NAME.slicewright} (DIR defaults to ./examples). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples");
    for (String name : EXAMPLES) {
      ScenarioResources.save(build(name), dir.resolve(name).resolve(name + ".slicewright"));
    }
  }
}
