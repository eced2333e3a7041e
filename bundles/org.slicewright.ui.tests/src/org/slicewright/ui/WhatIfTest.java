package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.model.scenario.Run;
import org.slicewright.cluster.ClusterMembers;
import org.slicewright.cluster.ClusterSettings;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.report.edge.EdgeCharts;
import org.slicewright.report.offloading.OffloadingCharts;
import org.slicewright.report.pooling.PoolingCharts;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.app.OpenScenarioAction;
import org.slicewright.ui.charts.ChartView;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;
import org.slicewright.ui.results.ExportReportAction;
import org.slicewright.ui.results.RecommendPoliciesAction;
import org.slicewright.ui.results.ResultsView;
import org.slicewright.ui.whatif.WhatIfJob;
import org.slicewright.whatif.WhatIfOptions;
import org.slicewright.whatif.WhatIfs;
import org.slicewright.ui.whatif.WhatIfSettings;

import com.hazelcast.core.HazelcastInstance;

/** The what-if loop in the real workbench: run as a job, results in the model and views, chart, export, undo, cancel. */
class WhatIfTest {
  @TempDir
  Path tmp;

  @AfterEach
  void closeEditors() {
    WorkbenchTest.window().getActivePage().closeAllEditors(false);
    WorkbenchTest.processEvents();
  }

  static void await(Job job) throws InterruptedException {
    Display d = Display.getCurrent();
    long end = System.currentTimeMillis() + 300_000;
    // join() would deadlock: the job adds its runs through the UI thread.
    while (job.getState() != Job.NONE && System.currentTimeMillis() < end) {
      while (d.readAndDispatch()) {
        // keep the UI responsive
      }
      Thread.sleep(20);
    }
    assertEquals(Job.NONE, job.getState(), "job finished in time");
    WorkbenchTest.processEvents();
  }

  ScenarioEditor open() throws Exception {
    Path file = tmp.resolve("pooling.slicewright");
    Files.copy(WorkbenchTest.example("pooling-32ap"), file);
    ScenarioEditor editor = OpenScenarioAction.open(WorkbenchTest.window(), file);
    WorkbenchTest.processEvents();
    return editor;
  }

  @Test
  void runChartSelectExportAndUndo() throws Exception {
    ScenarioEditor editor = open();
    Scenario s = editor.getScenario();
    int before = s.getRuns().size();
    // Quick: k in {1, 2, 4, 8, 16, 32} x three lambda max values, a quarter of the ticks.
    PoolingPlan plan = new WhatIfSettings(1, 32, List.of(2.0, 5.0, 10.0), 1, 2, true).plan(s);
    assertEquals(18, plan.runs().size());
    WhatIfJob job = new WhatIfJob(editor.getEditingDomain(), s, plan);
    job.schedule();
    await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertEquals(before + 18, s.getRuns().size());
    assertTrue(editor.isDirty(), "runs are an edit");

    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    page.activate(editor);
    ResultsView results = (ResultsView) page.showView(ResultsView.ID);
    ChartView chart = (ChartView) page.showView(ChartView.ID);
    page.activate(editor);
    WorkbenchTest.processEvents();
    results.refresh();
    chart.reload();
    WorkbenchTest.processEvents();
    assertEquals(18, results.getViewer().getTable().getItemCount());
    assertEquals(18, chart.runCount(RunKind.POOLING));
    // One column per parameter: sorting by k puts the single-pool runs first, whatever lambda max.
    results.sortBy(results.columnOf("subpools"));
    assertEquals("1", results.cell(0, "subpools"));
    assertEquals("32", results.cell(17, "subpools"));
    assertTrue(results.columnOf("ru_total") > 0 && results.columnOf("ru_communication") > 0, "RU by kind");
    results.setFilter("lambda_max=10");
    assertEquals(6, results.getViewer().getTable().getItemCount());
    assertEquals("6 of 18 pooling runs of " + s.getId(), results.getContentDescription());
    results.setFilter("");
    chart.showKind(PoolingCharts.Kind.RU);
    WorkbenchTest.processEvents();
    Run k2 = s.getRuns().get(before + 1);
    Point p = chart.pointOf(k2);
    assertNotNull(p, "the run is plotted");
    chart.selectRun(k2);
    WorkbenchTest.processEvents();
    assertEquals(k2, ((IStructuredSelection) results.getViewer().getSelection()).getFirstElement());
    double[] full = chart.canvas().domainRange();
    Point p1 = chart.pointOf(s.getRuns().get(before)), p2 = chart.pointOf(k2);
    chart.canvas().zoom(Math.min(p1.x, p2.x) - 5, Math.min(p1.y, p2.y) - 5, Math.max(p1.x, p2.x) + 5, Math.max(p1.y, p2.y) + 5);
    WorkbenchTest.processEvents();
    double[] zoomed = chart.canvas().domainRange();
    assertTrue(zoomed[1] - zoomed[0] < 0.5 * (full[1] - full[0]), "zoomed " + Arrays.toString(zoomed) + " of " + Arrays.toString(full));
    chart.canvas().resetZoom();
    assertArrayEquals(full, chart.canvas().domainRange(), 1e-9);
    chart.showKind(PoolingCharts.Kind.TRADE_OFF);
    WorkbenchTest.processEvents();
    assertNotNull(chart.pointOf(k2), "points stay selectable under the Pareto front line");
    chart.canvas().savePng(tmp.resolve("chart.png"));
    assertTrue(Files.size(tmp.resolve("chart.png")) > 1000);
    results.exportCsv(tmp.resolve("runs.csv"));
    assertEquals(19, Files.readAllLines(tmp.resolve("runs.csv")).size());
    chart.showKind(PoolingCharts.Kind.ACCURACY);
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-whatif.png");

    ExportReportAction.export(s, tmp.resolve("report"));
    assertTrue(Files.readString(tmp.resolve("report/report.html")).contains("Scenario and sweep"));
    assertEquals(19, Files.readAllLines(tmp.resolve("report/results.csv")).size());
    assertTrue(Files.readString(tmp.resolve("report/report.html")).contains("Recommended policies"));

    // Recommend from the stored runs and save the surrogates with the scenario (one undoable command).
    PoolingRecommender.Recommendation rec = PoolingRecommender.fromRuns(s,
        s.getRuns().subList(before, s.getRuns().size()).stream().map(r -> PoolingRunRecords.fromRun(r, s.getId())).toList(), 1);
    assertTrue(rec.selection().feasible(), rec.selection().explanation().toString());
    RecommendPoliciesAction.saveSurrogates(editor, rec);
    assertEquals(3, s.getSurrogates().size());
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(0, s.getSurrogates().size(), "undo removes the surrogates");

    editor.getEditingDomain().getCommandStack().undo();
    WorkbenchTest.processEvents();
    assertEquals(before, s.getRuns().size(), "undo removes the runs");
  }

  @Test
  void aPoolingWhatIfRunsOnTheClusterThePreferencesName() throws Exception {
    ScenarioEditor editor = open();
    Scenario s = editor.getScenario();
    int before = s.getRuns().size();
    PoolingPlan plan = new WhatIfSettings(1, 2, List.of(5.0), 1, 1, true).plan(s);
    HazelcastInstance worker = ClusterMembers.worker(ClusterSettings.of("ui-test", "127.0.0.1:5831", null, 5831), 2);
    var prefs = SlicewrightPreferences.store();
    try {
      prefs.setValue(SlicewrightPreferences.CLUSTER_NAME, "ui-test");
      prefs.setValue(SlicewrightPreferences.CLUSTER_MEMBERS, "127.0.0.1:5831");
      WhatIfJob job = new WhatIfJob(editor.getEditingDomain(), s, plan);
      job.schedule();
      await(job);
      assertTrue(job.getResult().isOK(), job.getResult().toString());
      assertEquals(before + plan.runs().size(), s.getRuns().size());
      assertTrue(worker.getExecutorService(ClusterMembers.EXECUTOR).getLocalExecutorStats().getCompletedTaskCount() >= plan.runs().size(),
          "the worker ran them");
    } finally {
      prefs.setToDefault(SlicewrightPreferences.CLUSTER_NAME);
      prefs.setToDefault(SlicewrightPreferences.CLUSTER_MEMBERS);
      worker.getLifecycleService().terminate();
    }
  }

  @Test
  void cancelLeavesTheModelUnchanged() throws Exception {
    ScenarioEditor editor = open();
    Scenario s = editor.getScenario();
    int before = s.getRuns().size();
    PoolingPlan plan = new WhatIfSettings(1, 32, List.of(2.0, 5.0, 10.0), 1, 1, false).plan(s);
    WhatIfJob job = new WhatIfJob(editor.getEditingDomain(), s, plan);
    job.schedule();
    Thread.sleep(1500);
    job.cancel();
    await(job);
    assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
    assertEquals(before, s.getRuns().size());
    assertTrue(job.added().isEmpty());
    assertFalse(editor.isDirty());
  }

  @Test
  void edgeWhatIfChartsTheLatencyBreakdown() throws Exception {
    Path file = tmp.resolve("edge.slicewright");
    Files.copy(WorkbenchTest.example("hetero-edge"), file);
    ScenarioEditor editor = OpenScenarioAction.open(WorkbenchTest.window(), file);
    WorkbenchTest.processEvents();
    Scenario s = editor.getScenario();
    WhatIfJob job = WhatIfJob.planned(editor.getEditingDomain(), s, WhatIfs.EDGE, WhatIfOptions.of(false).withEdgeSeconds(60));
    job.schedule();
    await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertEquals(6 * 3, s.getRuns().size(), "six policies (two with the QoS-fit filter) x three boards");
    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    ChartView chart = (ChartView) page.showView(ChartView.ID);
    page.activate(editor);
    chart.reload();
    WorkbenchTest.processEvents();
    assertEquals(s.getRuns().size(), chart.runCount(RunKind.EDGE), "one bar per policy and board");
    chart.showKind(EdgeCharts.Kind.BREAKDOWN);
    WorkbenchTest.processEvents();
    Run fifth = s.getRuns().get(4);
    Point bar = chart.pointOf(fifth);
    assertNotNull(bar, "every run has a bar");
    assertEquals(fifth, chart.canvas().runAt(bar.x, bar.y), "a bar names its run");
    chart.showKind(EdgeCharts.Kind.VIOLATIONS);
    ResultsView results = (ResultsView) page.showView(ResultsView.ID);
    page.activate(editor);
    results.refresh();
    WorkbenchTest.processEvents();
    for (String key : List.of("p50_ms", "p95_ms", "p99_ms", "violation_share", "policy_migrations", "utilisation")) assertTrue(results.columnOf(key) > 0, key);
    assertTrue(s.getRuns().get(0).getWallMs() > 0, "the emulation's wall time is kept");
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-edge.png");
  }

  @Test
  void offloadingWhatIfChartsTheCurves() throws Exception {
    Path file = tmp.resolve("offloading.slicewright");
    Files.copy(WorkbenchTest.example("offloading-ddnn"), file);
    ScenarioEditor editor = OpenScenarioAction.open(WorkbenchTest.window(), file);
    WorkbenchTest.processEvents();
    Scenario s = editor.getScenario();
    WhatIfJob job = WhatIfJob.planned(editor.getEditingDomain(), s, WhatIfs.OFFLOADING, WhatIfOptions.of(true));
    job.schedule();
    await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertTrue(s.getRuns().size() > 10, s.getRuns().size() + " operating points");
    assertEquals(6, s.getRuns().stream().map(Run::getPolicy).distinct().count(), "oracle, random, confidence, ml and the two centralised baselines");
    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    ChartView chart = (ChartView) page.showView(ChartView.ID);
    page.activate(editor);
    chart.reload();
    chart.showKind(OffloadingCharts.Kind.COST);
    WorkbenchTest.processEvents();
    assertEquals(s.getRuns().size(), chart.runCount(RunKind.OFFLOADING));
    assertNotNull(chart.pointOf(s.getRuns().get(0)), "an operating point is plotted and selectable");
  }

  @Test
  void twinWhatIfUpdatesTheLevelTwoTwins() throws Exception {
    Path file = tmp.resolve("twins.slicewright");
    Files.copy(WorkbenchTest.example("twin-demand"), file);
    ScenarioEditor editor = OpenScenarioAction.open(WorkbenchTest.window(), file);
    WorkbenchTest.processEvents();
    Scenario s = editor.getScenario();
    WhatIfJob job = WhatIfJob.planned(editor.getEditingDomain(), s, WhatIfs.TWINS, WhatIfOptions.of(true));
    job.schedule();
    await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertEquals(4 * 3, s.getRuns().size(), "four instances x three slices");
    for (LevelTwoTwin l2 : s.getLevelTwoTwins()) {
      assertTrue(l2.getSlaSatisfaction() > 0.5 && l2.getSlaSatisfaction() <= 1, l2.getId() + " " + l2.getSlaSatisfaction());
      assertTrue(l2.getUtilisation() > 0.5 && l2.getUtilisation() <= 1, l2.getId() + " " + l2.getUtilisation());
    }
    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    ResultsView results = (ResultsView) page.showView(ResultsView.ID);
    ChartView chart = (ChartView) page.showView(ChartView.ID);
    page.activate(editor);
    results.refresh();
    chart.reload();
    WorkbenchTest.processEvents();
    for (String key : List.of("slice", "sla_share", "utilisation", "reserved_ru", "used_ru", "prediction_mae")) assertTrue(results.columnOf(key) > 0, key);
    assertEquals(12, chart.runCount(RunKind.TWINS));
    assertEquals(1 + 12, chart.chartTitles().size(), "SLA by policy, and one timeline per policy and slice");
    Run forecast = s.getRuns().stream().filter(r -> r.getPolicy().equals("forecast")).findFirst().orElseThrow();
    Point bar = chart.pointOf(forecast);
    assertNotNull(bar, "the SLA chart has a bar per policy and slice");
    assertEquals(forecast, chart.canvas().runAt(bar.x, bar.y));
    chart.showKind(chart.chartTitles().get(1));
    WorkbenchTest.processEvents();
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-twins.png");
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(0, s.getRuns().size());
    assertEquals(0.0, s.getLevelTwoTwins().get(0).getSlaSatisfaction(), "one undo takes back runs and twin updates");
  }

  @Test
  void impossibleSettingsAreNamed() throws Exception {
    ScenarioEditor editor = open();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WhatIfSettings(1, 40, List.of(5.0), 1, 1, false).plan(editor.getScenario()));
    assertTrue(e.getMessage().contains("k = 40 sub-pools but pool"), e.getMessage());
  }
}
