package org.slicewright.sim.edge;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Chooses the board that serves an application (at start and on migration). Policies see the
 * cluster's current state through {@link ClusterView}; they never change it.
 */
public interface SelectionPolicy {
  String name();

  /** @param candidates boards that may take the application (healthy, not the one it leaves) */
  int choose(int device, List<Integer> candidates, ClusterView view, SplittableRandom rng);

  /** What a policy may look at. */
  interface ClusterView {
    int boards();

    /** Applications currently on the board. */
    int instances(int board);

    int capacity(int board);

    /** Per-frame CPU and accelerator time of the device's frames if one more application joined the board. */
    ProfileTable.Times timesWithOneMore(int device, int board);

    /** Latency ranking S of the device-board link (EMA 1/5/15 min), lower is better. */
    double latencyScore(int device, int board);

    double qosBudgetMs();

    /**
     * The highest expected InfLat (processing with one more instance plus the network latency by the
     * latency score) among the board's applications and the device's, if the device joined.
     */
    double worstExpectedWithOneMore(int device, int board);
  }

  static SelectionPolicy roundRobin() {
    return new SelectionPolicy() {
      private int next;

      @Override
      public String name() { return "round-robin"; }

      @Override
      public int choose(int device, List<Integer> candidates, ClusterView view, SplittableRandom rng) {
        for (int i = 0; i < view.boards(); i++) {
          int b = (next + i) % view.boards();
          if (candidates.contains(b)) {
            next = b + 1;
            return b;
          }
        }
        return candidates.get(0);
      }
    };
  }

  static SelectionPolicy random() {
    return new SelectionPolicy() {
      @Override
      public String name() { return "random"; }

      @Override
      public int choose(int device, List<Integer> candidates, ClusterView view, SplittableRandom rng) {
        return candidates.get(rng.nextInt(candidates.size()));
      }
    };
  }

  /** Algorithm 1 of the heterogeneous-edge study: the healthy board with the least latency to the device. */
  static SelectionPolicy leastLatency() {
    return new SelectionPolicy() {
      @Override
      public String name() { return "least-latency"; }

      @Override
      public int choose(int device, List<Integer> candidates, ClusterView view, SplittableRandom rng) {
        int best = candidates.get(0);
        for (int b : candidates) if (view.latencyScore(device, b) < view.latencyScore(device, best)) best = b;
        return best;
      }
    };
  }

  /**
   * The combined weight of the heterogeneous-edge study: W = alpha W_cpu + beta W_ai + gamma W_nl, each
   * term the candidate's cost (CPU time, accelerator time with one more instance, latency score)
   * divided by the largest among the candidates; the board with the least W wins. gamma trades
   * network latency for processing load.
   */
  static SelectionPolicy combinedWeight(double alpha, double beta, double gamma) {
    if (alpha < 0 || beta < 0 || gamma < 0 || alpha + beta + gamma == 0) throw new IllegalArgumentException("weights must be >= 0 and not all 0");
    return new SelectionPolicy() {
      @Override
      public String name() { return String.format(Locale.ROOT, "combined(%.2f,%.2f,%.2f)", alpha, beta, gamma); }

      @Override
      public int choose(int device, List<Integer> candidates, ClusterView view, SplittableRandom rng) {
        double maxCpu = 1e-12, maxAi = 1e-12, maxNl = 1e-12;
        for (int b : candidates) {
          ProfileTable.Times t = view.timesWithOneMore(device, b);
          maxCpu = Math.max(maxCpu, t.cpuMs());
          maxAi = Math.max(maxAi, t.acceleratorMs());
          maxNl = Math.max(maxNl, view.latencyScore(device, b));
        }
        int best = candidates.get(0);
        double bestW = Double.POSITIVE_INFINITY;
        for (int b : candidates) {
          ProfileTable.Times t = view.timesWithOneMore(device, b);
          double w = alpha * t.cpuMs() / maxCpu + beta * t.acceleratorMs() / maxAi + gamma * view.latencyScore(device, b) / maxNl;
          if (w < bestW) {
            bestW = w;
            best = b;
          }
        }
        return best;
      }
    };
  }

  /**
   * A filter this tool adds to any policy (the study assigns tasks "based on their combined weights and
   * application requirements" without saying how): the policy chooses among the boards where every
   * application, the new one included, is expected to stay within the QoS budget; only when no board
   * fits does it choose among all. Shown as its own policy so its effect is measured apart.
   */
  static SelectionPolicy qosFit(SelectionPolicy policy) {
    return new SelectionPolicy() {
      @Override
      public String name() { return policy.name() + "+qos-fit"; }

      @Override
      public int choose(int device, List<Integer> candidates, ClusterView view, SplittableRandom rng) {
        List<Integer> fitting = candidates.stream().filter(b -> view.worstExpectedWithOneMore(device, b) <= view.qosBudgetMs()).toList();
        return policy.choose(device, fitting.isEmpty() ? candidates : fitting, view, rng);
      }
    };
  }
}
