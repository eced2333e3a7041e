package org.slicewright.sim.edge;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.EdgeScenarioMapper;

/** Expected behaviour of the edge emulation (the heterogeneous-edge study) on the hetero-edge example. */
class EdgeEmulationTest {
  static Scenario example;

  @BeforeAll
  static void load() throws Exception {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("examples/hetero-edge/hetero-edge.slicewright");
      if (Files.exists(f)) { example = ScenarioResources.load(f); return; }
    }
    fail("no examples folder");
  }

  static EdgeEmulation.Result run(String policyId, double durationS) {
    NodeSelectionPolicy p = example.getSelectionPolicies().stream().filter(x -> x.getId().equals(policyId)).findFirst().orElseThrow();
    return new EdgeEmulation(EdgeScenarioMapper.config(example, p, durationS)).run(ProgressMonitor.NONE);
  }

  @Test
  void latencyRisesWithInstancesAndHealthDegradesInOrder() {
    EdgeConfig c = EdgeScenarioMapper.config(example, example.getSelectionPolicies().get(0), 10);
    for (EdgeConfig.Board b : c.boards()) {
      double prev = 0;
      HealthState prevState = HealthState.PASS;
      for (int inst = 1; inst <= 4; inst++) {
        double ms = b.profile().at(1200, inst).totalMs() + 2 * 13.405;
        assertTrue(ms > prev, b.name() + " at " + inst + " instances: " + ms);
        HealthState h = HealthState.of(ms, 150);
        assertTrue(h.ordinal() >= prevState.ordinal(), b.name() + ": health went back from " + prevState + " to " + h);
        prev = ms;
        prevState = h;
      }
      assertEquals(HealthState.CRITICAL, prevState, b.name() + " is critical with 4 heavy streams");
    }
  }

  @Test
  void everyRequestIsAccountedFor() {
    EdgeEmulation.Result rr = run("select-round-robin", 60);
    // (4 devices x 5 frames/s + 2 devices x 3 frames/s) x 60 s.
    assertEquals(1560, rr.requests(), 8);
    for (EdgeEmulation.BoardStats b : rr.boards()) {
      assertEquals(b.requests(), b.byFrame().stream().mapToLong(EdgeEmulation.FrameStats::requests).sum());
      assertEquals(b.violations(), b.byFrame().stream().mapToLong(EdgeEmulation.FrameStats::violations).sum());
    }
    assertEquals(rr.requests(), rr.apps().stream().mapToLong(EdgeEmulation.AppStats::requests).sum());
    assertEquals(rr.violations(), rr.boards().stream().mapToLong(EdgeEmulation.BoardStats::violations).sum());
    assertEquals(rr.migrations(), rr.apps().stream().mapToInt(EdgeEmulation.AppStats::migrations).sum());
    for (EdgeEmulation.AppStats a : rr.apps()) {
      assertTrue(a.p50Ms() <= a.p95Ms() && a.p95Ms() <= a.p99Ms());
      assertEquals(1.0, a.healthShare()[0] + a.healthShare()[1] + a.healthShare()[2], 1e-9);
    }
  }

  /** The QoS-fit filter: the wrapped policy chooses among the fitting boards, or among all when none fits. */
  @Test
  void qosFitChoosesAmongTheBoardsThatFit() {
    SelectionPolicy.ClusterView view = new SelectionPolicy.ClusterView() {
      @Override
      public int boards() { return 3; }
      @Override
      public int instances(int b) { return 0; }
      @Override
      public int capacity(int b) { return 3; }
      @Override
      public ProfileTable.Times timesWithOneMore(int d, int b) { return new ProfileTable.Times(10, 50); }
      @Override
      public double latencyScore(int d, int b) { return new double[] { 5, 40, 90 }[b]; }
      @Override
      public double qosBudgetMs() { return budget; }
      @Override
      public double worstExpectedWithOneMore(int d, int b) { return new double[] { 200, 120, 100 }[b]; }
      double budget = 150;
    };
    SelectionPolicy nearest = SelectionPolicy.leastLatency(), fitted = SelectionPolicy.qosFit(nearest);
    assertEquals(0, nearest.choose(0, List.of(0, 1, 2), view, new SplittableRandom(1)), "the nearest board");
    assertEquals(1, fitted.choose(0, List.of(0, 1, 2), view, new SplittableRandom(1)), "the nearest board that fits the budget");
    assertEquals(0, fitted.choose(0, List.of(0), view, new SplittableRandom(1)), "no board fits: the policy's own choice");
    assertEquals("least-latency+qos-fit", fitted.name());
  }

  static NodeSelectionPolicy policy(Scenario s, String id) {
    return s.getSelectionPolicies().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void raisingGammaLowersNetworkLatencyAtTheCostOfBalance() {
    // Three identical boards, devices near one of them: only the network term tells them apart.
    ProfileTable prof = new ProfileTable("p", List.of(new ProfileTable.Point(600, 1, 10, 40, 5), new ProfileTable.Point(600, 3, 20, 80, 10)));
    List<EdgeConfig.Board> boards = List.of(new EdgeConfig.Board("a", prof, 3), new EdgeConfig.Board("b", prof, 3), new EdgeConfig.Board("c", prof, 3));
    List<EdgeConfig.Device> devices = new ArrayList<>();
    List<List<LatencyModel>> links = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      devices.add(new EdgeConfig.Device("d" + d, 600, 5));
      links.add(List.of(LatencyModel.constant(2), LatencyModel.constant(15), LatencyModel.constant(25)));
    }
    EdgeEmulation.Result low = new EdgeEmulation(new EdgeConfig("g", boards, devices, links, 400, SelectionPolicy.combinedWeight(0.5, 0.5, 0.05), 30, 1, 1))
        .run(ProgressMonitor.NONE);
    EdgeEmulation.Result high = new EdgeEmulation(new EdgeConfig("g", boards, devices, links, 400, SelectionPolicy.combinedWeight(0.5, 0.5, 2), 30, 1, 1))
        .run(ProgressMonitor.NONE);
    assertTrue(high.meanNetworkMs() < low.meanNetworkMs(), "network " + high.meanNetworkMs() + " vs " + low.meanNetworkMs());
    assertTrue(high.utilisationImbalance() > low.utilisationImbalance(), "imbalance " + high.utilisationImbalance() + " vs " + low.utilisationImbalance());
  }

  @Test
  void gammaSweepMarksExactlyTheUndominatedPoints() {
    List<GammaSweep.Point> points = GammaSweep.run(EdgeScenarioMapper.config(example, example.getSelectionPolicies().get(0), 60), ProgressMonitor.NONE);
    assertEquals(GammaSweep.GAMMAS.length, points.size());
    for (GammaSweep.Point p : points) {
      boolean dominated = points.stream().anyMatch(q -> q != p && q.violationShare() <= p.violationShare() && q.imbalance() <= p.imbalance()
          && (q.violationShare() < p.violationShare() || q.imbalance() < p.imbalance()));
      assertEquals(!dominated, p.pareto(), "gamma " + p.gamma());
    }
    assertTrue(points.stream().anyMatch(GammaSweep.Point::pareto));
  }

  @Test
  void sameSeedSameResult() {
    EdgeEmulation.Result a = run("select-random", 30), b = run("select-random", 30);
    assertEquals(a.violations(), b.violations());
    assertEquals(a.apps().get(0).p95Ms(), b.apps().get(0).p95Ms());
  }
}
