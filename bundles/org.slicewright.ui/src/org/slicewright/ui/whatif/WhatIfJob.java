package org.slicewright.ui.whatif;

import java.io.IOException;
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
import org.slicewright.cluster.WhatIfRunner;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.ui.prefs.SlicewrightPreferences;
import org.slicewright.whatif.FeatureChange;
import org.slicewright.whatif.WhatIf;
import org.slicewright.whatif.WhatIfOptions;
import org.slicewright.whatif.WhatIfPlan;
import org.slicewright.whatif.WhatIfs;
import org.slicewright.ui.jobs.ProgressBridge;

/**
 * Runs a what-if's plan in the background with progress and cancel: on the cluster the preferences
 * name when the what-if's runs can travel there, else on this machine's cores. When every run
 * finished, the runs (and the model values the what-if sets) are added to the scenario by one EMF
 * command on the editor's command stack, so Undo removes them and the editor turns dirty; a cancelled
 * or failed job adds nothing.
 */
public final class WhatIfJob extends Job {
  /** What a finished job adds to the scenario. */
  private record Additions(List<Run> runs, List<FeatureChange> changes) {
  }

  /** The engine work of a job, bound to its what-if and plan. */
  private interface Work {
    Additions run(ProgressMonitor monitor, int firstId);
  }

  private final EditingDomain domain;
  private final Scenario scenario;
  private final Work work;
  private volatile List<Run> added = List.of();

  /** The pooling sweep of a plan, on its threads. */
  public WhatIfJob(EditingDomain domain, Scenario scenario, PoolingPlan plan) {
    this(domain, scenario, WhatIfs.POOLING, plan.runs(), plan.threads());
  }

  /** @param threads runs at a time on this machine (0 = one per core) */
  public <S, R> WhatIfJob(EditingDomain domain, Scenario scenario, WhatIf<S, R> whatIf, List<S> plan, int threads) {
    super(whatIf.title() + " what-if of " + scenario.getId() + (plan.size() > 1 ? ": " + plan.size() + " runs" : ""));
    this.domain = domain;
    this.scenario = scenario;
    this.work = work(scenario, whatIf, plan, threads, SlicewrightPreferences.cluster());
    setUser(true);
    addJobChangeListener(new JobNotice(() -> added.size() + " runs added to " + scenario.getId()));
  }

  /**
   * The scenario's study as the options plan it, without the analyses only a report shows.
   *
   * @throws IllegalArgumentException when the engines refuse the study, naming what is wrong
   */
  public static <S, R> WhatIfJob planned(EditingDomain domain, Scenario scenario, WhatIf<S, R> whatIf, WhatIfOptions options)
      throws IOException, TraceFormatException {
    WhatIfPlan<S> plan = whatIf.plan(scenario, options.withoutAnalyses());
    return new WhatIfJob(domain, scenario, whatIf, plan.runs(), plan.threads());
  }

  private static <S, R> Work work(Scenario scenario, WhatIf<S, R> whatIf, List<S> plan, int threads, ClusterSettings cluster) {
    return (monitor, firstId) -> {
      // On a cluster, progress counts the runs taken in plan order and Cancel stops every member's runs.
      SweepOutcome<R> o = WhatIfRunner.run(cluster, whatIf, plan, threads, monitor, null);
      if (o.canceled()) throw new CanceledException();
      if (!o.failures().isEmpty()) {
        String where = cluster != null && whatIf.distributable() ? " on cluster '" + cluster.name() + "'" : "";
        throw new IllegalStateException(o.failures().size() + " of " + plan.size() + " runs failed" + where + ": " + String.join("; ", o.failureLines()));
      }
      return new Additions(whatIf.toRuns(scenario, o.results(), firstId), whatIf.changes(scenario, o.results()));
    };
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    ProgressMonitor bridge = new ProgressBridge(monitor, getName());
    try {
      Additions a = work.run(bridge, scenario.getRuns().size() + 1);
      if (monitor.isCanceled()) return Status.CANCEL_STATUS;
      Display.getDefault().syncExec(() -> {
        CompoundCommand all = new CompoundCommand("What-if results");
        all.append(AddCommand.create(domain, scenario, ScenarioPackage.Literals.SCENARIO__RUNS, a.runs()));
        for (FeatureChange c : a.changes()) all.append(SetCommand.create(domain, c.owner(), c.feature(), c.value()));
        Command add = all.unwrap();
        domain.getCommandStack().execute(add);
      });
      added = List.copyOf(a.runs());
      return Status.OK_STATUS;
    } catch (CanceledException e) {
      return Status.CANCEL_STATUS;
    } catch (RuntimeException e) {
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
