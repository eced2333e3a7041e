package org.slicewright.whatif;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.examples.Examples;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.sweep.LocalSweep;
import org.slicewright.sim.sweep.SweepOutcome;

/**
 * The what-if service: which studies a scenario runs and in what order, plans checked before any work,
 * the same results on any thread count, and a run that throws reported by its parameters while the
 * others finish.
 */
class WhatIfsTest {
  @Test
  void everyExampleRunsItsStudiesInTheOneOrder() throws Exception {
    assertEquals(List.of("pooling", "edge", "offloading", "twins"), WhatIfs.STUDIES.stream().map(WhatIf::name).toList());
    for (String name : Examples.names()) {
      Scenario s = ScenarioResources.load(Examples.file(name));
      List<WhatIf<?, ?>> studies = WhatIfs.studiesOf(s);
      assertFalse(studies.isEmpty(), name + " has a study");
      assertEquals(studies, WhatIfs.evaluationsOf(s), name + ": a study checks the requirements itself; the compliance table alone is for scenarios without one");
      for (WhatIf<?, ?> w : studies) {
        assertSame(w, WhatIfs.named(" " + w.name().toUpperCase() + " "));
      }
    }
    assertEquals(List.of(WhatIfs.POOLING), WhatIfs.studiesOf(Examples.load("pooling-32ap")));
    assertEquals(List.of(WhatIfs.EDGE), WhatIfs.studiesOf(Examples.load("hetero-edge")));
    assertNull(WhatIfs.named("reservation"));
  }

  @Test
  void requirementsWithoutAStudyGetTheComplianceTableAlone() {
    Scenario s = Examples.load("tona-tasks");
    s.getPoolingStudies().clear();
    assertEquals(List.of(), WhatIfs.studiesOf(s));
    assertEquals(List.of(WhatIfs.COMPLIANCE), WhatIfs.evaluationsOf(s));
    assertEquals(List.of(), WhatIfs.evaluationsOf(EmptyScenario.create("empty", "Empty")), "nothing to evaluate");
    assertEquals(RunKind.OTHER, WhatIfs.COMPLIANCE.kind());
  }

  @Test
  void aStudyTheEnginesRefuseIsReportedWhenPlanned() {
    Scenario s = Examples.load("hetero-edge");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WhatIfs.EDGE.plan(s, WhatIfOptions.of(true).withEdgeSeconds(-1)));
    assertNotNull(e.getMessage());
    assertEquals(s.getSelectionPolicies().size() + 2, WhatIfs.EDGE.plan(s, WhatIfOptions.of(true)).runs().size(), "a run per policy, then the gamma sweep and frame doubling");
    assertEquals(s.getSelectionPolicies().size(), WhatIfs.EDGE.plan(s, WhatIfOptions.of(true).withoutAnalyses()).runs().size(), "the workbench stores runs only");
  }

  @Test
  void thePoolingSweepGivesTheSameRunsOnOneOrTwoThreads(@TempDir Path dir) throws Exception {
    Scenario s = Examples.load("pooling-32ap");
    WhatIfPlan<PoolingConfig> full = WhatIfs.POOLING.plan(s, WhatIfOptions.of(true).withSweep(1, 3));
    assertEquals(3, full.threads(), "the threads asked for, within what the runs' memory allows");
    List<PoolingConfig> plan = full.runs().subList(0, 4);
    SweepOutcome<PoolingRunResult> one = new LocalSweep<>(plan, WhatIfs.POOLING::run, WhatIfs.POOLING::describe, 1).run("one", ProgressMonitor.NONE, null);
    SweepOutcome<PoolingRunResult> two = new LocalSweep<>(plan, WhatIfs.POOLING::run, WhatIfs.POOLING::describe, 2).run("two", ProgressMonitor.NONE, null);
    assertTrue(one.complete() && two.complete());
    assertEquals(rows(one.results()), rows(two.results()));
    List<Run> runs = WhatIfs.POOLING.toRuns(s, two.results(), 7);
    assertEquals(List.of("run-7", "run-8", "run-9", "run-10"), runs.stream().map(Run::getId).toList());
    WhatIfResults<PoolingConfig, PoolingRunResult> results = new WhatIfResults<>(s, "pooling-32ap.slicewright", plan, two, 1.5, WhatIfOptions.of(true));
    assertEquals(List.of("results.csv", "compliance.csv"), WhatIfs.POOLING.writeCsv(dir, results), "the example's service carries QoAIS requirements");
    assertEquals(5, Files.readAllLines(dir.resolve("results.csv")).size(), "header and four rows");
    List<String> lines = WhatIfs.POOLING.summaryLines(results, dir);
    assertTrue(lines.get(0).startsWith("  QoAIS of "), lines.get(0));
    assertTrue(lines.get(1).startsWith("pooling-32ap.slicewright: 4 of 4 runs in 1.5 s"), lines.get(1));
  }

  /** A result without its wall time, which differs between runs of the same specification. */
  private static List<String> rows(List<PoolingRunResult> results) {
    return results.stream().map(r -> r.toCsvRow().substring(0, r.toCsvRow().lastIndexOf(','))).toList();
  }

  @Test
  void aRunThatThrowsIsReportedByItsParametersAndTheOthersFinish() {
    AtomicInteger ran = new AtomicInteger();
    LocalSweep<Integer, Integer> sweep = new LocalSweep<>(List.of(1, 2, 3, 4), (k, m) -> {
      ran.incrementAndGet();
      if (k == 3) throw new IllegalStateException("no memory for k = 3");
      return k * k;
    }, k -> "k = " + k, 2);
    SweepOutcome<Integer> o = sweep.run("test", ProgressMonitor.NONE, null);
    assertEquals(4, ran.get());
    assertEquals(List.of(1, 4, 16), o.results());
    assertFalse(o.complete());
    assertEquals(List.of("k = 3 failed: java.lang.IllegalStateException: no memory for k = 3"), o.failureLines()); // qualified: the message names the class
    assertFalse(o.failures().get(0).badInput());
  }

  @Test
  void aListenersErrorStopsTheSweepWithoutBlamingARun() {
    LocalSweep<Integer, Integer> sweep = new LocalSweep<>(List.of(1, 2, 3, 4, 5, 6), (k, m) -> k, k -> "k = " + k, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> sweep.run("test", ProgressMonitor.NONE, r -> {
      if (r == 2) throw new IllegalStateException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void theOnlyRunOfAPlanShowsProgressEvenWhenItsEngineReportsNone() {
    List<String> seen = new ArrayList<>();
    ProgressMonitor m = new ProgressMonitor() {
      @Override
      public void begin(String task, int total) { seen.add("begin " + total); }
      @Override
      public void worked(int w) { seen.add("worked " + w); }
      @Override
      public boolean isCanceled() { return false; }
    };
    new LocalSweep<Integer, Integer>(List.of(7), (k, mon) -> k, k -> "k", 1).run("one", m, null);
    assertEquals(List.of("begin 1", "worked 1"), seen);
    seen.clear();
    new LocalSweep<Integer, Integer>(List.of(7), (k, mon) -> {
      mon.begin("epochs", 10);
      mon.worked(10);
      return k;
    }, k -> "k", 1).run("one", m, null);
    assertEquals(List.of("begin 10", "worked 10"), seen, "the engine's own progress passes through");
  }
}
