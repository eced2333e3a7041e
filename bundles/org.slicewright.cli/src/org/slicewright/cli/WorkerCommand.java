package org.slicewright.cli;

import java.io.PrintStream;
import java.util.Set;

import org.slicewright.cluster.ClusterMembers;
import org.slicewright.cluster.ClusterSettings;

import com.hazelcast.core.HazelcastInstance;

/**
 * {@code worker --cluster NAME [--member HOST:PORT,...] [--port N] [--interface IP] [--threads N]}:
 * a cluster member that runs the pooling runs {@code evaluate}, {@code recommend} and
 * {@code reproduce --cluster} submit, until Ctrl-C. It binds to loopback unless given an interface,
 * and joins the listed members (no multicast).
 */
final class WorkerCommand implements Command {
  private final PrintStream out;

  WorkerCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "worker";
  }

  @Override
  public String synopsis() {
    return "--cluster NAME [--member HOST:PORT,...] [--port N] [--interface IP] [--threads N]";
  }

  @Override
  public String summary() {
    return "a cluster member that runs the pooling runs of evaluate, recommend, reproduce --cluster (loopback unless --interface); Ctrl-C stops it";
  }

  @Override
  public Set<String> options() {
    return Set.of("cluster", "member", "port", "interface", "threads");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    if (!a.positional.isEmpty()) throw new UsageException("unexpected argument '" + a.positional.get(0) + "'");
    ClusterSettings settings;
    try {
      settings = ClusterSettings.of(a.value("cluster"), a.value("member"), a.value("interface"), a.intValue("port", ClusterSettings.DEFAULT_PORT, 1));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    HazelcastInstance worker = ClusterMembers.worker(settings, a.intValue("threads", 0, 0));
    Runtime.getRuntime().addShutdownHook(new Thread(worker::shutdown, "slicewright-worker-stop"));
    out.println("worker of cluster '" + settings.name() + "' at " + worker.getCluster().getLocalMember().getAddress() + " with "
        + worker.getCluster().getMembers().size() + " member(s); Ctrl-C stops it");
    while (worker.getLifecycleService().isRunning()) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        worker.shutdown();
        break;
      }
    }
    return ExitCodes.OK;
  }
}
