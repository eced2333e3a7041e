package org.slicewright.ui.whatif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.slicewright.cluster.ClusterSettings;
import org.slicewright.cluster.PoolingSweeps;
import org.slicewright.cluster.SweepOutcome;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinsPackage;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.offloading.OffloadingStudy;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.EdgeRunRecords;
import org.slicewright.sim.scenario.EdgeScenarioMapper;
import org.slicewright.sim.scenario.OffloadingRunRecords;
import org.slicewright.sim.scenario.OffloadingScenarioMapper;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.TwinRunRecords;
import org.slicewright.sim.scenario.TwinScenarioMapper;
import org.slicewright.sim.twins.ReservationPolicy;
import org.slicewright.sim.twins.TwinStudy;
import org.slicewright.sim.twins.TwinStudyConfig;
import org.slicewright.sim.twins.TwinStudyResult;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/**
 * Runs a study's what-if (pooling, edge, offloading or twins) in the background with progress and
 * cancel. When every run finished, the runs are added to the scenario by one EMF command on the
 * editor's command stack (so Undo removes them and the editor turns dirty); a cancelled job adds
 * nothing.
 */
public final class WhatIfJob extends Job {
  /** The engine work of a job: the runs it produces, numbered from {@code firstId}. */
  public interface Work {
    int steps();

    List<Run> run(ProgressMonitor monitor, int firstId) throws IOException;

    /** Further model changes of the finished work, executed with the runs as one command. */
    default void moreChanges(EditingDomain domain, CompoundCommand into) {
    }
  }

  private final EditingDomain domain;
  private final Scenario scenario;
  private final Work work;
  private volatile List<Run> added = List.of();

  public WhatIfJob(EditingDomain domain, Scenario scenario, PoolingPlan plan) {
    this(domain, scenario, "What-if of " + scenario.getId() + ": " + plan.runs().size() + " runs", pooling(plan));
  }

  public WhatIfJob(EditingDomain domain, Scenario scenario, String name, Work work) {
    super(name);
    this.domain = domain;
    this.scenario = scenario;
    this.work = work;
    setUser(true);
    addJobChangeListener(new JobNotice(() -> added.size() + " runs added to " + scenario.getId()));
  }

  /** The pooling sweep of a plan: on the cluster the preferences name, else on this machine's cores. */
  public static Work pooling(PoolingPlan plan) {
    ClusterSettings cluster = SlicewrightPreferences.cluster();
    return new Work() {
      @Override public int steps() { return plan.runs().size(); }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) throws IOException {
        // On a cluster, progress counts the runs taken in plan order and Cancel stops every member's runs.
        SweepOutcome o = PoolingSweeps.run(cluster, plan, monitor, null);
        if (o.canceled()) throw new CanceledException();
        if (!o.failures().isEmpty()) {
          throw new IllegalStateException(o.failures().size() + " of " + plan.runs().size() + " runs failed on cluster '" + cluster.name() + "': "
              + String.join("; ", o.failureLines()));
        }
        List<PoolingRunResult> results = o.results();
        List<Run> runs = new ArrayList<>();
        int next = firstId;
        for (PoolingRunResult r : results) runs.add(PoolingRunRecords.toRun(r, "run-" + next++));
        return runs;
      }
    };
  }

  /** The offloading study of the scenario (all four policies' operating points). */
  public static Work offloading(Scenario s, boolean quick) {
    OffloadingConfig c = OffloadingScenarioMapper.config(s, quick);
    return new Work() {
      @Override public int steps() { return 1; }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) {
        OffloadingStudy.Result r = new OffloadingStudy(c).run(monitor);
        monitor.worked(1);
        return OffloadingRunRecords.toRuns(r, s.getSeed(), firstId);
      }
    };
  }

  /**
   * The scenario's twin study: one run per reservation policy and slice (see {@link TwinRunRecords}),
   * and afterwards each level-two twin holds its slice's utilisation and SLA satisfaction under the
   * forecasting instance (else the first).
   */
  public static Work twins(Scenario s, boolean quick) throws IOException, TraceFormatException {
    TwinStudyConfig c = TwinScenarioMapper.config(s, TwinScenarioMapper.baseDir(s), quick, 0);
    return new Work() {
      private TwinStudyResult result;

      @Override public int steps() { return c.slices().size() + c.policies().size(); }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) {
        result = new TwinStudy(c).run(monitor);
        return TwinRunRecords.toRuns(result, s.getSeed(), c.periodS(), c.pricePerUnit(), c.shortfallMultiplier(), firstId);
      }

      @Override
      public void moreChanges(EditingDomain domain, CompoundCommand into) {
        int inst = result.summaries().stream().filter(p -> p.policy() == ReservationPolicy.FORECAST)
            .mapToInt(TwinStudyResult.PolicySummary::instance).findFirst().orElse(0);
        for (LevelTwoTwin l2 : s.getLevelTwoTwins()) {
          if (l2.getSlice() == null) continue;
          for (TwinStudyResult.SliceInfo sl : result.slices()) {
            if (!sl.slice().equals(l2.getSlice().getId())) continue;
            into.append(SetCommand.create(domain, l2, TwinsPackage.Literals.LEVEL_TWO_TWIN__UTILISATION, sl.utilisation()[inst]));
            into.append(SetCommand.create(domain, l2, TwinsPackage.Literals.LEVEL_TWO_TWIN__SLA_SATISFACTION, sl.slaSatisfaction()[inst]));
          }
        }
      }
    };
  }

  /** The edge emulation of every node-selection policy of the scenario, {@code durationS} emulated each. */
  public static Work edge(Scenario s, double durationS) {
    List<EdgeConfig> configs = EdgeScenarioMapper.configs(s, durationS);
    return new Work() {
      @Override public int steps() { return configs.size(); }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) {
        List<Run> runs = new ArrayList<>();
        for (EdgeConfig c : configs) {
          long start = System.nanoTime();
          EdgeEmulation.Result r = new EdgeEmulation(c).run(monitor);
          runs.addAll(EdgeRunRecords.toRuns(r, c.seed(), (System.nanoTime() - start) / 1_000_000, firstId + runs.size()));
          monitor.worked(1);
        }
        return runs;
      }
    };
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    monitor.beginTask(getName(), work.steps());
    ProgressMonitor bridge = new ProgressMonitor() {
      @Override public void begin(String task, int total) { }
      @Override public void worked(int w) { monitor.worked(w); }
      @Override public boolean isCanceled() { return monitor.isCanceled(); }
    };
    try {
      List<Run> runs = work.run(bridge, scenario.getRuns().size() + 1);
      if (monitor.isCanceled()) return Status.CANCEL_STATUS;
      Display.getDefault().syncExec(() -> {
        CompoundCommand all = new CompoundCommand("What-if results");
        all.append(AddCommand.create(domain, scenario, ScenarioPackage.Literals.SCENARIO__RUNS, runs));
        work.moreChanges(domain, all);
        Command add = all.unwrap();
        domain.getCommandStack().execute(add);
      });
      added = List.copyOf(runs);
      return Status.OK_STATUS;
    } catch (CanceledException e) {
      return Status.CANCEL_STATUS;
    } catch (IOException | RuntimeException e) {
      return new Status(IStatus.ERROR, "org.slicewright.ui", "The what-if failed: " + e.getMessage(), e);
    } finally {
      monitor.done();
    }
  }

  /** The runs this job added to the scenario (empty until it finished, and after a cancel). */
  public List<Run> added() {
    return added;
  }
}
