package org.slicewright.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIfs;

import com.hazelcast.core.HazelcastInstance;

/**
 * The pooling example's sweep on this machine's cores against the same sweep on one and on two
 * workers (members on loopback in this process, each with its own executor), as ratios measured in
 * the same run; and what the measured run time means for a cluster: runs per hour per core and the
 * cores (and members of this machine's size) a 10 000-run study needs to finish in an hour.
 */
public final class ClusterBench {
  private ClusterBench() {
  }

  public static void run(PrintStream out, Scenario s, boolean full) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    DigitTask digits = DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS);
    for (boolean quick : full ? new boolean[] { true, false } : new boolean[] { true }) {
      PoolingPlan plan = PoolingScenarioMapper.plan(s, 0, cores, quick);
      long t0 = System.nanoTime();
      new PoolingSweep(plan.runs(), cores).run(digits, ProgressMonitor.NONE, null);
      double local = (System.nanoTime() - t0) / 1e9;
      double one = onWorkers(plan, 1, cores), two = onWorkers(plan, 2, Math.max(1, cores / 2));
      String sweep = (quick ? "quick" : "full") + " pooling sweep, " + plan.runs().size() + " runs";
      out.println(String.format(Locale.ROOT, "cluster: %s: local %.1f s; 1 worker %.1f s (%.2fx local); 2 workers %.1f s (%.2fx local), all on this %d-core machine",
          sweep, local, one, local / one, two, local / two, cores));
      double runSeconds = local * cores / plan.runs().size();
      double perHour = 3600 / runSeconds;
      out.println(String.format(Locale.ROOT, "cluster: %s: %.1f s per run and core -> %.0f runs per hour per core; a 10 000-run study in an hour needs %d cores "
          + "(%d members of %d cores)", sweep, runSeconds, perHour, (int) Math.ceil(10000 / perHour), (int) Math.ceil(10000 / perHour / cores), cores));
    }
  }

  /** Wall seconds of the sweep on {@code workers} members of {@code threads} threads each, submitted from a lite member. */
  private static double onWorkers(PoolingPlan plan, int workers, int threads) {
    String name = "bench-" + workers;
    List<String> ports = new ArrayList<>();
    for (int i = 0; i < workers; i++) ports.add("127.0.0.1:" + (5901 + i));
    ClusterSettings settings = ClusterSettings.of(name, String.join(",", ports), null, 5901);
    List<HazelcastInstance> members = new ArrayList<>();
    try {
      for (int i = 0; i < workers; i++) members.add(ClusterMembers.worker(settings, threads));
      long t0 = System.nanoTime();
      SweepOutcome<PoolingRunResult> o = ClusterSweep.runOn(settings, WhatIfs.POOLING, plan.runs(), ProgressMonitor.NONE, null);
      if (!o.failures().isEmpty()) throw new IllegalStateException(String.join("; ", o.failureLines()));
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      for (HazelcastInstance m : members) m.shutdown();
    }
  }
}
