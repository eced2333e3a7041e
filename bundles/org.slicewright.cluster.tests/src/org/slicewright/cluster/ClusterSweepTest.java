package org.slicewright.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.scenario.PoolingStudyDraft;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIfs;

import com.hazelcast.core.HazelcastInstance;

/**
 * Two workers and a submitter on loopback, in this JVM (each a real member talking over TCP): a quick
 * pooling sweep gives the local sweep's results, a worker that dies mid-sweep loses no run, cancel
 * stops the runs.
 */
class ClusterSweepTest {
  private final List<HazelcastInstance> members = new ArrayList<>();

  @AfterEach
  void stop() {
    for (HazelcastInstance m : members) m.getLifecycleService().terminate();
  }

  private ClusterSettings settings(String name) {
    return ClusterSettings.of(name, "127.0.0.1:5801,127.0.0.1:5802", null, 5801);
  }

  private HazelcastInstance worker(String name) {
    HazelcastInstance w = ClusterMembers.worker(settings(name), 1);
    members.add(w);
    return w;
  }

  private HazelcastInstance submitter(String name) {
    HazelcastInstance s = ClusterMembers.submitter(settings(name));
    members.add(s);
    return s;
  }

  /** A drawn network of six APs with a quick sweep: k in {1, 2, 4, 6} x lambda max {2, 5}. */
  static PoolingPlan plan() {
    Scenario s = EmptyScenario.create("cluster", "Cluster");
    for (int i = 0; i < 6; i++) {
      Node n = TopologyFactory.eINSTANCE.createNode();
      n.setId("ap" + i);
      n.setName("AP " + i);
      n.setKind(NodeKind.ACCESS_POINT);
      n.setDiagramX(100 * i);
      n.setDiagramY(i % 2 * 300);
      NodeResources r = TopologyFactory.eINSTANCE.createNodeResources();
      r.setCompute(100);
      n.setResources(r);
      s.getNetwork().getNodes().add(n);
    }
    new PoolingStudyDraft(s, PoolingStudyDraft.candidates(s), List.of(2.0, 5.0)).apply();
    return PoolingScenarioMapper.plan(s, 0, 1, true);
  }

  /** A monitor that cancels the sweep as soon as its first run is in. */
  static ProgressMonitor cancelAtFirstResult() {
    AtomicBoolean cancel = new AtomicBoolean();
    return new ProgressMonitor() {
      @Override
      public void begin(String task, int totalWork) {}
      @Override
      public void worked(int work) { cancel.set(true); }
      @Override
      public boolean isCanceled() { return cancel.get(); }
    };
  }

  /** A result without its wall time, which differs between runs of the same specification. */
  static String row(PoolingRunResult r) {
    String row = r.toCsvRow();
    return row.substring(0, row.lastIndexOf(','));
  }

  @Test
  void clusterSweepGivesTheLocalSweepsResultsInPlanOrder() throws Exception {
    PoolingPlan plan = plan();
    List<PoolingRunResult> local = new PoolingSweep(plan.runs(), 2).run(DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS), ProgressMonitor.NONE, null)
        .results();
    worker("same");
    worker("same");
    HazelcastInstance submitter = submitter("same");
    assertEquals(3, submitter.getCluster().getMembers().size(), "two workers and the submitter joined");
    assertTrue(submitter.getCluster().getLocalMember().getAddress().getHost().equals("127.0.0.1"), "bound to loopback");
    List<PoolingRunResult> streamed = new ArrayList<>();
    SweepOutcome<PoolingRunResult> o = new ClusterSweep(submitter).run(WhatIfs.POOLING, plan.runs(), ProgressMonitor.NONE, streamed::add);
    assertFalse(o.canceled());
    assertEquals(List.of(), o.failures());
    assertEquals(local.stream().map(ClusterSweepTest::row).toList(), o.results().stream().map(ClusterSweepTest::row).toList());
    assertEquals(o.results(), streamed, "streamed in plan order");
  }

  @Test
  void aWorkerThatDiesMidSweepLosesNoRun() throws Exception {
    PoolingPlan plan = plan();
    worker("faults");
    HazelcastInstance doomed = worker("faults");
    HazelcastInstance submitter = submitter("faults");
    AtomicBoolean killed = new AtomicBoolean();
    SweepOutcome<PoolingRunResult> o = new ClusterSweep(submitter).run(WhatIfs.POOLING, plan.runs(), ProgressMonitor.NONE, r -> {
      if (killed.compareAndSet(false, true)) doomed.getLifecycleService().terminate();
    });
    assertTrue(killed.get());
    assertEquals(List.of(), o.failures());
    assertEquals(plan.runs().size(), o.results().size(), "every run finished on the worker that remained");
  }

  @Test
  void cancelStopsTheSweepAndEveryMembersRuns() throws Exception {
    PoolingPlan plan = plan();
    HazelcastInstance w = worker("cancel");
    HazelcastInstance submitter = submitter("cancel");
    SweepOutcome<PoolingRunResult> o = new ClusterSweep(submitter).run(WhatIfs.POOLING, plan.runs(), cancelAtFirstResult(), null);
    assertTrue(o.canceled());
    assertTrue(o.results().size() < plan.runs().size());
    // The worker's executor drains: nothing left running or queued shortly after the cancel.
    long end = System.currentTimeMillis() + 20_000;
    var stats = w.getExecutorService(ClusterMembers.EXECUTOR).getLocalExecutorStats();
    while (System.currentTimeMillis() < end && stats.getPendingTaskCount() > 0) Thread.sleep(100);
    assertEquals(0, stats.getPendingTaskCount(), "no run left waiting on the worker");
    Thread.sleep(2000);
    assertTrue(stats.getCompletedTaskCount() < plan.runs().size(), "the cancelled runs were not run: " + stats.getCompletedTaskCount() + " completed");
  }

  @Test
  void settingsAreCheckedBeforeAnyMemberStarts() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.of("", null, null, 5701)).getMessage().contains("needs a name"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.of("c", "host", null, 5701)).getMessage().contains("not HOST:PORT"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.of("c", "h:70000", null, 5701)).getMessage().contains("outside 1..65535"));
    assertEquals("127.0.0.1", ClusterSettings.of("c", null, null, 5701).bindInterface(), "loopback unless told");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.of("c", "10.0.0.12:5701", null, 5701)).getMessage()
        .contains("need an interface"), "a loopback member cannot reach another host");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.of("c", null, "eth0", 5701)).getMessage().contains("not an IPv4 address"));
    assertEquals("10.0.0.11", ClusterSettings.of("c", "10.0.0.12:5701", "10.0.0.11", 5701).bindInterface());
  }
}
