package org.slicewright.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIfs;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;

/**
 * Workers in JVMs of their own on loopback, as a planner starts them with {@code slicewright worker}:
 * the quick pooling sweep through two of them gives the local CSV, a worker killed mid-sweep (SIGKILL)
 * loses no run, and after a cancel no worker is left running a run.
 */
class ClusterProcessTest {
  private static final String MEMBERS = "127.0.0.1:5841,127.0.0.1:5842";
  private final List<Process> workers = new ArrayList<>();
  private HazelcastInstance submitter;

  @TempDir
  Path logs;

  @AfterEach
  void stop() {
    if (submitter != null) submitter.getLifecycleService().terminate();
    for (Process p : workers) p.destroyForcibly();
  }

  private Process worker(String cluster, int port) throws Exception {
    Path log = logs.resolve("worker-" + port + ".log");
    Process p = WorkerProcess.start(cluster, MEMBERS, port, 1, log);
    workers.add(p);
    WorkerProcess.awaitReady(p, log, 60_000);
    return p;
  }

  private HazelcastInstance submitter(String cluster, int members) throws InterruptedException {
    submitter = ClusterMembers.submitter(ClusterSettings.of(cluster, MEMBERS, null, 5841));
    long end = System.currentTimeMillis() + 30_000;
    while (submitter.getCluster().getMembers().size() < members && System.currentTimeMillis() < end) Thread.sleep(100);
    assertEquals(members, submitter.getCluster().getMembers().size(), "the workers and the submitter joined");
    return submitter;
  }

  private static List<String> rows(List<PoolingRunResult> results) {
    return results.stream().map(ClusterSweepTest::row).toList();
  }

  @Test
  void twoWorkerJvmsGiveTheLocalCsvAndAKilledOneLosesNoRun() throws Exception {
    PoolingPlan plan = ClusterSweepTest.plan();
    List<String> local = rows(new PoolingSweep(plan.runs(), 2).run(DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS), ProgressMonitor.NONE, null)
        .results());
    worker("procs", 5841);
    Process doomed = worker("procs", 5842);
    submitter("procs", 3);
    SweepOutcome<PoolingRunResult> both = new ClusterSweep(submitter).run(WhatIfs.POOLING, plan.runs(), ProgressMonitor.NONE, null);
    assertTrue(both.complete(), both.failureLines().toString());
    assertEquals(local, rows(both.results()), "the same CSV rows as on this machine, wall time aside");

    AtomicBoolean killed = new AtomicBoolean();
    SweepOutcome<PoolingRunResult> afterKill = new ClusterSweep(submitter).run(WhatIfs.POOLING, plan.runs(), ProgressMonitor.NONE, r -> {
      if (killed.compareAndSet(false, true)) doomed.destroyForcibly();
    });
    assertTrue(killed.get());
    assertTrue(doomed.waitFor(10, TimeUnit.SECONDS) && !doomed.isAlive(), "the worker process was killed");
    assertTrue(afterKill.complete(), afterKill.failureLines().toString());
    assertEquals(local, rows(afterKill.results()), "every run finished, on the worker that remained");
  }

  @Test
  void afterACancelNoWorkerRunsARun() throws Exception {
    PoolingPlan plan = ClusterSweepTest.plan();
    worker("cancel-procs", 5841);
    submitter("cancel-procs", 2);
    SweepOutcome<PoolingRunResult> o = new ClusterSweep(submitter).run(WhatIfs.POOLING, plan.runs(), ClusterSweepTest.cancelAtFirstResult(), null);
    assertTrue(o.canceled());
    assertTrue(o.results().size() < plan.runs().size());
    // Asked on an executor of its own (the runs' one may be busy): the worker's threads inside a pooling run.
    IExecutorService probe = submitter.getExecutorService("probe");
    Member worker = submitter.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).findFirst().orElseThrow();
    long end = System.currentTimeMillis() + 20_000;
    long[] state = probe.submitToMember(new RunningRuns(), worker).get();
    while (state[0] > 0 && System.currentTimeMillis() < end) {
      Thread.sleep(200);
      state = probe.submitToMember(new RunningRuns(), worker).get();
    }
    assertEquals(0, state[0], "no run left running on the worker");
    Thread.sleep(1500);
    state = probe.submitToMember(new RunningRuns(), worker).get();
    assertEquals(0, state[0], "no queued run started after the cancel");
    assertTrue(state[1] < plan.runs().size(), "the cancelled runs were not run: " + state[1] + " of " + plan.runs().size() + " completed");
  }
}
