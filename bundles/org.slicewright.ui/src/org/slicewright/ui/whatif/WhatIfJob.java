package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * Runs a pooling what-if in the background with progress and cancel. When every run finished, the
 * runs are added to the scenario by one EMF command on the editor's command stack (so Undo removes
 * them and the editor turns dirty); a cancelled job adds nothing.
 */
public final class WhatIfJob extends Job {
  /** The engine work of a job: the runs it produces, numbered from {@code firstId}. */
  public interface Work {
    int steps();

    List<Run> run(ProgressMonitor monitor, int firstId) throws java.io.IOException;

    /** Further model changes of the finished work, executed with the runs as one command. */
    default void moreChanges(EditingDomain domain, org.eclipse.emf.common.command.CompoundCommand into) {
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
  }

  /** The pooling sweep of a plan. */
  public static Work pooling(PoolingPlan plan) {
    return new Work() {
      @Override public int steps() { return plan.runs().size(); }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) throws java.io.IOException {
        DigitTask task = DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS);
        int threads = plan.threads() > 0 ? plan.threads() : Runtime.getRuntime().availableProcessors();
        PoolingSweep.Outcome o = new PoolingSweep(plan.runs(), threads).run(task, monitor, null);
        if (o.canceled()) throw new CanceledException();
        List<Run> runs = new ArrayList<>();
        int next = firstId;
        for (PoolingRunResult r : o.results()) runs.add(PoolingRunRecords.toRun(r, "run-" + next++));
        return runs;
      }
    };
  }

  /** The offloading study of the scenario (all four policies' operating points). */
  public static Work offloading(Scenario s, boolean quick) {
    org.slicewright.sim.offloading.OffloadingConfig c = org.slicewright.sim.scenario.OffloadingScenarioMapper.config(s, quick);
    return new Work() {
      @Override public int steps() { return 1; }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) {
        org.slicewright.sim.offloading.OffloadingStudy.Result r = new org.slicewright.sim.offloading.OffloadingStudy(c).run(monitor);
        monitor.worked(1);
        return org.slicewright.sim.scenario.OffloadingRunRecords.toRuns(r, s.getSeed(), firstId);
      }
    };
  }

  /**
   * The scenario's twin study: one run per emulation instance and slice (SLA share, utilisation,
   * reserved and shortfall RU), and afterwards each level-two twin holds its slice's utilisation and
   * SLA satisfaction under the forecasting instance (else the first).
   */
  public static Work twins(Scenario s, boolean quick) throws java.io.IOException, org.slicewright.data.traces.TraceFormatException {
    org.slicewright.sim.twins.TwinStudyConfig c = org.slicewright.sim.scenario.TwinScenarioMapper.config(s,
        org.slicewright.sim.scenario.TwinScenarioMapper.baseDir(s), quick, 0);
    return new Work() {
      private org.slicewright.sim.twins.TwinStudyResult result;

      @Override public int steps() { return c.slices().size() + c.policies().size(); }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) {
        result = new org.slicewright.sim.twins.TwinStudy(c).run(monitor);
        List<Run> runs = new ArrayList<>();
        int id = firstId;
        for (org.slicewright.sim.twins.TwinStudyResult.PolicySummary p : result.summaries()) {
          for (org.slicewright.sim.twins.TwinStudyResult.SliceInfo sl : result.slices()) {
            Run r = org.slicewright.model.scenario.ScenarioFactory.eINSTANCE.createRun();
            r.setId("run-" + id++);
            r.setPolicy(p.policy().name().toLowerCase(java.util.Locale.ROOT));
            r.setParameters("slice=" + sl.slice() + " instance=" + p.instance());
            r.setName(r.getPolicy() + " on " + sl.slice());
            r.setSeed(s.getSeed());
            org.slicewright.sim.scenario.RunMetrics.add(r, "sla_share", sl.slaSatisfaction()[p.instance()], "");
            org.slicewright.sim.scenario.RunMetrics.add(r, "utilisation", sl.utilisation()[p.instance()], "");
            runs.add(r);
          }
        }
        return runs;
      }

      @Override
      public void moreChanges(EditingDomain domain, org.eclipse.emf.common.command.CompoundCommand into) {
        int inst = result.summaries().stream().filter(p -> p.policy() == org.slicewright.sim.twins.ReservationPolicy.FORECAST)
            .mapToInt(org.slicewright.sim.twins.TwinStudyResult.PolicySummary::instance).findFirst().orElse(0);
        for (org.slicewright.model.twins.LevelTwoTwin l2 : s.getLevelTwoTwins()) {
          if (l2.getSlice() == null) continue;
          for (org.slicewright.sim.twins.TwinStudyResult.SliceInfo sl : result.slices()) {
            if (!sl.slice().equals(l2.getSlice().getId())) continue;
            into.append(org.eclipse.emf.edit.command.SetCommand.create(domain, l2, org.slicewright.model.twins.TwinsPackage.Literals.LEVEL_TWO_TWIN__UTILISATION,
                sl.utilisation()[inst]));
            into.append(org.eclipse.emf.edit.command.SetCommand.create(domain, l2,
                org.slicewright.model.twins.TwinsPackage.Literals.LEVEL_TWO_TWIN__SLA_SATISFACTION, sl.slaSatisfaction()[inst]));
          }
        }
      }
    };
  }

  /** The edge emulation of every node-selection policy of the scenario, {@code durationS} emulated each. */
  public static Work edge(Scenario s, double durationS) {
    List<org.slicewright.sim.edge.EdgeConfig> configs = org.slicewright.sim.scenario.EdgeScenarioMapper.configs(s, durationS);
    return new Work() {
      @Override public int steps() { return configs.size(); }

      @Override
      public List<Run> run(ProgressMonitor monitor, int firstId) {
        List<Run> runs = new ArrayList<>();
        for (org.slicewright.sim.edge.EdgeConfig c : configs) {
          org.slicewright.sim.edge.EdgeEmulation.Result r = new org.slicewright.sim.edge.EdgeEmulation(c).run(monitor);
          runs.addAll(org.slicewright.sim.scenario.EdgeRunRecords.toRuns(r, c.seed(), firstId + runs.size()));
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
        org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand("What-if results");
        all.append(AddCommand.create(domain, scenario, ScenarioPackage.Literals.SCENARIO__RUNS, runs));
        work.moreChanges(domain, all);
        Command add = all.unwrap();
        domain.getCommandStack().execute(add);
      });
      added = List.copyOf(runs);
      return Status.OK_STATUS;
    } catch (CanceledException e) {
      return Status.CANCEL_STATUS;
    } catch (java.io.IOException | RuntimeException e) {
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
