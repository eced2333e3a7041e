package org.slicewright.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIf;

import com.hazelcast.cluster.MemberSelector;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;

/**
 * A what-if's runs (a pooling sweep) run on a cluster's workers. Every run is submitted at once, each to a worker the
 * executor picks at random (so workers of unequal size get about equal shares); results come back in plan order, each handed to the listener as it is
 * taken, so the output is the same as a local sweep's. A worker that leaves mid-sweep loses no run:
 * its runs are submitted again to the members that remain. A run that throws is reported with its
 * parameters and the others go on. Cancel stops every member's runs.
 */
public final class ClusterSweep {
  /** Times a run is submitted again after its worker left, before the sweep gives it up. */
  static final int RESUBMISSIONS = 3;
  private static final MemberSelector WORKERS = m -> !m.isLiteMember();

  private final HazelcastInstance member;

  public ClusterSweep(HazelcastInstance member) {
    this.member = member;
  }

  /**
   * Joins the cluster as a lite member for the time of one sweep and runs it there: how the command
   * line and the workbench submit a sweep.
   *
   * @throws IllegalStateException when the cluster has no worker
   */
  public static <S, R> SweepOutcome<R> runOn(ClusterSettings cluster, WhatIf<S, R> whatIf, List<S> points, ProgressMonitor monitor, Consumer<R> onResult) {
    HazelcastInstance me = ClusterMembers.submitter(cluster);
    try {
      return new ClusterSweep(me).run(whatIf, points, monitor, onResult);
    } finally {
      me.shutdown();
    }
  }

  /** @throws IllegalArgumentException when the what-if's runs cannot travel to a worker */
  public <S, R> SweepOutcome<R> run(WhatIf<S, R> whatIf, List<S> points, ProgressMonitor monitor, Consumer<R> onResult) {
    if (!whatIf.distributable()) throw new IllegalArgumentException("the " + whatIf.name() + " what-if runs on this machine only");
    if (member.getCluster().getMembers().stream().noneMatch(WORKERS::select)) {
      throw new IllegalStateException("cluster '" + member.getConfig().getClusterName() + "' has no worker: start one with slicewright worker");
    }
    monitor.begin(whatIf.title() + " what-if on cluster " + member.getConfig().getClusterName() + ": " + points.size() + " runs", points.size());
    Submission<S, R> runs = new Submission<>(member.getExecutorService(ClusterMembers.EXECUTOR), whatIf.name(), points);
    List<R> results = new ArrayList<>();
    List<SweepOutcome.Failure> failures = new ArrayList<>();
    boolean finished = false;
    try {
      for (int i = 0; i < points.size(); i++) {
        int resubmitted = 0;
        while (true) {
          if (monitor.isCanceled()) return outcome(results, failures, true);
          try {
            R r = runs.get(i).get(200, TimeUnit.MILLISECONDS);
            results.add(r);
            if (onResult != null) onResult.accept(r);
            monitor.worked(1);
            break;
          } catch (TimeoutException e) {
            // Still running: look at the cancel flag again.
          } catch (ExecutionException e) {
            // Hazelcast's MemberLeftException is itself an ExecutionException; the others come as causes.
            if ((workerLeft(e) || workerLeft(e.getCause())) && resubmitted < RESUBMISSIONS && runs.resubmitLost(i)) {
              resubmitted++;
              continue;
            }
            Throwable why = e.getCause() != null ? e.getCause() : e;
            failures.add(SweepOutcome.Failure.of(i, whatIf.describe(points.get(i)), why));
            break;
          } catch (CancellationException e) {
            return outcome(results, failures, true);
          }
        }
      }
      finished = true;
      return outcome(results, failures, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return outcome(results, failures, true);
    } finally {
      // Cancelled, interrupted or failed in the listener: no run of this sweep stays queued on a worker.
      if (!finished) runs.cancelAll();
    }
  }

  private static <R> SweepOutcome<R> outcome(List<R> results, List<SweepOutcome.Failure> failures, boolean canceled) {
    return new SweepOutcome<>(results, failures, canceled);
  }

  private static boolean workerLeft(Throwable t) {
    return t instanceof MemberLeftException || t instanceof TargetNotMemberException || t instanceof HazelcastInstanceNotActiveException;
  }

  /** The runs of one sweep on the cluster's executor: submitted at once, resubmitted when their worker leaves, cancelled together. */
  private static final class Submission<S, R> {
    private final IExecutorService executor;
    private final String whatIf;
    private final List<S> points;
    private final List<Future<R>> futures = new ArrayList<>();

    Submission(IExecutorService executor, String whatIf, List<S> points) {
      this.executor = executor;
      this.whatIf = whatIf;
      this.points = points;
      for (S p : points) futures.add(submit(p));
    }

    Future<R> get(int i) {
      return futures.get(i);
    }

    /** A run submitted to a worker, or a failed future when no worker is left (Hazelcast refuses the submission). */
    @SuppressWarnings("unchecked")
    private Future<R> submit(S p) {
      try {
        // A distributable what-if's specifications and results are serialisable values.
        return (Future<R>) executor.submit(new WhatIfRunTask(whatIf, (Serializable) p), WORKERS);
      } catch (RejectedExecutionException e) {
        return CompletableFuture.failedFuture(new IllegalStateException("no worker left in the cluster to run it"));
      }
    }

    /**
     * Submits run {@code i} again, and with it every later run already lost with the same worker,
     * so a worker that leaves with many runs queued has them all rerun side by side. False when no
     * worker is left.
     */
    boolean resubmitLost(int i) {
      futures.set(i, submit(points.get(i)));
      for (int j = i + 1; j < futures.size(); j++) if (lost(futures.get(j))) futures.set(j, submit(points.get(j)));
      return !futures.get(i).isDone() || !lost(futures.get(i));
    }

    private static boolean lost(Future<?> f) {
      if (!f.isDone() || f.isCancelled()) return false;
      try {
        f.get();
        return false;
      } catch (ExecutionException e) {
        return workerLeft(e) || workerLeft(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** Cancels every run not finished yet; a member that cannot be reached has dropped its runs already. */
    void cancelAll() {
      for (Future<R> f : futures) {
        try {
          f.cancel(true);
        } catch (RuntimeException unreachable) {
          // The worker left or the submitter is shutting down: nothing of this run is left to stop.
        }
      }
    }
  }
}
