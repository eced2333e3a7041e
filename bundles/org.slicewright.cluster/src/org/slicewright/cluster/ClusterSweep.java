package org.slicewright.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;

import com.hazelcast.cluster.MemberSelector;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;

/**
 * A pooling sweep run on a cluster's workers. Every run is submitted at once, each to a worker the
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
  public static SweepOutcome runOn(ClusterSettings cluster, List<PoolingConfig> points, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult) {
    HazelcastInstance me = ClusterMembers.submitter(cluster);
    try {
      return new ClusterSweep(me).run(points, monitor, onResult);
    } finally {
      me.shutdown();
    }
  }

  public SweepOutcome run(List<PoolingConfig> points, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult) {
    if (member.getCluster().getMembers().stream().noneMatch(WORKERS::select)) {
      throw new IllegalStateException("cluster '" + member.getConfig().getClusterName() + "' has no worker: start one with slicewright worker");
    }
    monitor.begin("Pooling sweep on cluster " + member.getConfig().getClusterName() + ": " + points.size() + " runs", points.size());
    Submission runs = new Submission(member.getExecutorService(ClusterMembers.EXECUTOR), points);
    List<PoolingRunResult> results = new ArrayList<>();
    List<SweepOutcome.Failure> failures = new ArrayList<>();
    boolean finished = false;
    try {
      for (int i = 0; i < points.size(); i++) {
        int resubmitted = 0;
        while (true) {
          if (monitor.isCanceled()) return outcome(results, failures, true);
          try {
            PoolingRunResult r = runs.get(i).get(200, TimeUnit.MILLISECONDS);
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
            failures.add(new SweepOutcome.Failure(i, describe(points.get(i)), String.valueOf(why)));
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

  private static SweepOutcome outcome(List<PoolingRunResult> results, List<SweepOutcome.Failure> failures, boolean canceled) {
    return new SweepOutcome(Collections.unmodifiableList(results), List.copyOf(failures), canceled);
  }

  private static boolean workerLeft(Throwable t) {
    return t instanceof MemberLeftException || t instanceof TargetNotMemberException || t instanceof HazelcastInstanceNotActiveException;
  }

  /** The runs of one sweep on the cluster's executor: submitted at once, resubmitted when their worker leaves, cancelled together. */
  private static final class Submission {
    private final IExecutorService executor;
    private final List<PoolingConfig> points;
    private final List<Future<PoolingRunResult>> futures = new ArrayList<>();

    Submission(IExecutorService executor, List<PoolingConfig> points) {
      this.executor = executor;
      this.points = points;
      for (PoolingConfig p : points) futures.add(submit(p));
    }

    Future<PoolingRunResult> get(int i) {
      return futures.get(i);
    }

    /** A run submitted to a worker, or a failed future when no worker is left (Hazelcast refuses the submission). */
    private Future<PoolingRunResult> submit(PoolingConfig p) {
      try {
        return executor.submit(new PoolingRunTask(p), WORKERS);
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

    private static boolean lost(Future<PoolingRunResult> f) {
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
      for (Future<PoolingRunResult> f : futures) {
        try {
          f.cancel(true);
        } catch (RuntimeException unreachable) {
          // The worker left or the submitter is shutting down: nothing of this run is left to stop.
        }
      }
    }
  }

  /** A run's parameters as the messages name it: pooling policy, sub-pools k, lambda max, seed. */
  static String describe(PoolingConfig p) {
    return String.format(Locale.ROOT, "%s, k = %d, lambda max = %s, seed %d", p.policy(), p.k(), p.lambdaMax(), p.seed());
  }
}
