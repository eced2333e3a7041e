package org.slicewright.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.slicewright.sim.pooling.PoolingSimulation;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;

/**
 * Asked of a member on an executor of its own: how many of its threads are inside a pooling run right
 * now, and how many runs its runs executor has completed.
 */
final class RunningRuns implements Callable<long[]>, Serializable, HazelcastInstanceAware {
  private static final long serialVersionUID = 1L;
  private transient HazelcastInstance member;

  @Override
  public void setHazelcastInstance(HazelcastInstance member) { this.member = member; }

  @Override
  public long[] call() {
    String run = PoolingSimulation.class.getName();
    long running = Thread.getAllStackTraces().values().stream().filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(run))).count();
    return new long[] { running, member.getExecutorService(ClusterMembers.EXECUTOR).getLocalExecutorStats().getCompletedTaskCount() };
  }
}
