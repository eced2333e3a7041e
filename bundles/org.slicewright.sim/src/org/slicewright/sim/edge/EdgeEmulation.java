package org.slicewright.sim.edge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.Seeds;

/**
 * Discrete-event emulation of end devices streaming inference requests to a heterogeneous edge
 * cluster (the heterogeneous-edge study). Each device runs one application on one board. A request's latency InfLat is
 * its network delay (one sample of the link's latency model, whose measurement is the round trip) plus the board's
 * per-frame CPU and accelerator time for the frame size at the board's current number of
 * applications (from its profile). Every check period the performance profiler compares each
 * application's and each board's mean InfLat with the QoS budget: a critical board takes no new
 * work and sheds its slowest application; a critical application migrates to the board the
 * selection policy picks among the others, if its expected latency there is lower. The latency matrix (EMA 1/5/15 min per device-board pair)
 * is refreshed by a probe every check period.
 */
public final class EdgeEmulation {
  private static final int WARM_UP_PROBES = 15;
  private final EdgeConfig c;

  public EdgeEmulation(EdgeConfig config) {
    this.c = config.validate();
  }

  /** Per-application outcome. */
  public record AppStats(String device, double p50Ms, double p95Ms, double p99Ms, long requests, long violations, int migrations,
      double[] healthShare, String finalBoard) {
  }

  /** Per-board outcome; {@code byFrame} splits it by the frame size of the streams served. */
  public record BoardStats(String board, double p50Ms, double p95Ms, double p99Ms, long requests, long violations, double utilisation,
      double[] healthShare, double meanNetworkMs, double meanCpuMs, double meanAcceleratorMs, List<FrameStats> byFrame) {
  }

  /** A board's requests of one frame size; {@code meanInstances} is the time-averaged number of such applications on the board. */
  public record FrameStats(int frameSize, double meanInstances, double p50Ms, double p95Ms, double p99Ms, long requests, long violations) {
  }

  /**
   * @param timeline per health-check period, each board's mean InfLat (ms) over its applications in
   *        that period (NaN for an idle board): the health timeline
   */
  /** One policy's emulation; p50Ms, p95Ms and p99Ms are percentiles of every request's end-to-end latency. */
  public record Result(String policy, List<AppStats> apps, List<BoardStats> boards, long requests, long violations, int migrations,
      double meanNetworkMs, double utilisationImbalance, double eventsPerSecond, List<double[]> timeline, double p50Ms, double p95Ms, double p99Ms) {
  }

  public Result run(ProgressMonitor monitor) {
    int nd = c.devices().size(), nb = c.boards().size();
    SplittableRandom net = Seeds.stream(c.seed(), 21), pol = Seeds.stream(c.seed(), 22), arrivals = Seeds.stream(c.seed(), 23);
    int[] board = new int[nd];
    int[] instances = new int[nb];
    boolean[] closed = new boolean[nb];
    LatencyScore[][] scores = new LatencyScore[nd][nb];
    for (int d = 0; d < nd; d++) for (int b = 0; b < nb; b++) scores[d][b] = new LatencyScore(c.emaWeights()[0], c.emaWeights()[1], c.emaWeights()[2]);
    warmUp(scores, net);
    SelectionPolicy.ClusterView view = new SelectionPolicy.ClusterView() {
      @Override
      public int boards() { return nb; }
      @Override
      public int instances(int b) { return instances[b]; }
      @Override
      public int capacity(int b) { return c.boards().get(b).capacity(); }
      @Override
      public ProfileTable.Times timesWithOneMore(int d, int b) { return c.boards().get(b).profile().at(c.devices().get(d).frameSize(), instances[b] + 1); }
      @Override
      public double latencyScore(int d, int b) { return scores[d][b].score(); }
      @Override
      public double qosBudgetMs() { return c.qosBudgetMs(); }
      @Override
      public double worstExpectedWithOneMore(int d, int b) {
        // Every application on the board slows down when one more joins: the worst of them decides.
        double worst = expected(d, b, instances[b] + 1);
        for (int other = 0; other < nd; other++) {
          if (other != d && board[other] == b) worst = Math.max(worst, expected(other, b, instances[b] + 1));
        }
        return worst;
      }
      private double expected(int d, int b, int n) {
        return c.boards().get(b).profile().at(c.devices().get(d).frameSize(), n).totalMs() + scores[d][b].score();
      }
    };
    Arrays.fill(board, -1);
    // Admit the heaviest streams first (pixels per second), as first-fit-decreasing packing does, so
    // the initial placement does not depend on the order the planner listed the devices in.
    Integer[] admission = new Integer[nd];
    for (int d = 0; d < nd; d++) admission[d] = d;
    Arrays.sort(admission, (x, y) -> Double.compare(load(y), load(x)));
    for (int d : admission) {
      board[d] = c.policy().choose(d, allBoards(nb, -1, closed), view, pol);
      instances[board[d]]++;
    }
    int[] migrations = new int[nd];
    double[][] appHealth = new double[nd][3], boardHealth = new double[nb][3];
    double[] instanceTime = new double[nb];
    int[] frameSizes = c.devices().stream().mapToInt(EdgeConfig.Device::frameSize).distinct().sorted().toArray();
    int nf = frameSizes.length;
    int[] frameOf = new int[nd];
    for (int d = 0; d < nd; d++) frameOf[d] = Arrays.binarySearch(frameSizes, c.devices().get(d).frameSize());
    double[][] frameInstanceTime = new double[nb][nf];
    List<float[]> frameLat = new ArrayList<>();
    int[] frameCount = new int[nb * nf];
    long[] frameViol = new long[nb * nf];
    for (int i = 0; i < nb * nf; i++) frameLat.add(new float[256]);
    List<float[]> appLat = new ArrayList<>(), boardLat = new ArrayList<>();
    int[] appCount = new int[nd], boardCount = new int[nb];
    long[] appViol = new long[nd], boardViol = new long[nb];
    double[] boardNet = new double[nb], boardCpu = new double[nb], boardAcc = new double[nb];
    for (int d = 0; d < nd; d++) appLat.add(new float[1024]);
    for (int b = 0; b < nb; b++) boardLat.add(new float[1024]);
    double[] periodSum = new double[nd];
    int[] periodCount = new int[nd];
    PriorityQueue<double[]> events = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
    for (int d = 0; d < nd; d++) events.add(new double[] { arrivals.nextDouble() / c.devices().get(d).framesPerSecond(), d });
    double nextCheck = c.checkPeriodS();
    List<double[]> timeline = new ArrayList<>();
    long requests = 0, violations = 0;
    double netSum = 0;
    long start = System.nanoTime();
    while (!events.isEmpty()) {
      double[] e = events.poll();
      double t = e[0];
      if (t > c.durationS()) break;
      while (t >= nextCheck) {
        if (monitor.isCanceled()) throw new CanceledException();
        for (int d = 0; d < nd; d++) frameInstanceTime[board[d]][frameOf[d]] += c.checkPeriodS();
        timeline.add(check(board, instances, closed, migrations, appHealth, boardHealth, instanceTime, periodSum, periodCount, view, pol));
        probe(scores, net, nextCheck);
        nextCheck += c.checkPeriodS();
      }
      int d = (int) e[1];
      int b = board[d];
      EdgeConfig.Device dev = c.devices().get(d);
      ProfileTable.Times times = c.boards().get(b).profile().at(dev.frameSize(), instances[b]);
      LatencyModel link = c.links().get(d).get(b);
      double network = link.sample(net);
      double latency = network + times.totalMs();
      scores[d][b].observe(t, network);
      requests++;
      netSum += network;
      boolean violated = latency > c.qosBudgetMs();
      int bf = b * nf + frameOf[d];
      if (violated) { violations++; appViol[d]++; boardViol[b]++; frameViol[bf]++; }
      frameLat.set(bf, put(frameLat.get(bf), frameCount[bf]++, latency));
      appLat.set(d, put(appLat.get(d), appCount[d]++, latency));
      boardLat.set(b, put(boardLat.get(b), boardCount[b]++, latency));
      boardNet[b] += network;
      boardCpu[b] += times.cpuMs();
      boardAcc[b] += times.acceleratorMs();
      periodSum[d] += latency;
      periodCount[d]++;
      events.add(new double[] { t + 1 / dev.framesPerSecond(), d });
    }
    double wall = (System.nanoTime() - start) / 1e9;
    List<AppStats> apps = new ArrayList<>();
    for (int d = 0; d < nd; d++) {
      float[] l = Arrays.copyOf(appLat.get(d), appCount[d]);
      Arrays.sort(l);
      apps.add(new AppStats(c.devices().get(d).name(), pct(l, 0.5), pct(l, 0.95), pct(l, 0.99), appCount[d], appViol[d], migrations[d],
          share(appHealth[d]), c.boards().get(board[d]).name()));
    }
    List<BoardStats> boards = new ArrayList<>();
    double[] util = new double[nb];
    for (int b = 0; b < nb; b++) {
      float[] l = Arrays.copyOf(boardLat.get(b), boardCount[b]);
      Arrays.sort(l);
      double checkedTime = Math.max(1e-9, Math.floor(c.durationS() / c.checkPeriodS()) * c.checkPeriodS());
      util[b] = instanceTime[b] / checkedTime / c.boards().get(b).capacity();
      double n = Math.max(1, boardCount[b]);
      List<FrameStats> byFrame = new ArrayList<>();
      for (int f = 0; f < nf; f++) {
        int bf = b * nf + f;
        float[] fl = Arrays.copyOf(frameLat.get(bf), frameCount[bf]);
        Arrays.sort(fl);
        byFrame.add(new FrameStats(frameSizes[f], frameInstanceTime[b][f] / checkedTime, pct(fl, 0.5), pct(fl, 0.95), pct(fl, 0.99), frameCount[bf], frameViol[bf]));
      }
      boards.add(new BoardStats(c.boards().get(b).name(), pct(l, 0.5), pct(l, 0.95), pct(l, 0.99), boardCount[b], boardViol[b], util[b],
          share(boardHealth[b]), boardNet[b] / n, boardCpu[b] / n, boardAcc[b] / n, List.copyOf(byFrame)));
    }
    float[] all = new float[(int) requests];
    for (int d = 0, at = 0; d < nd; d++) {
      System.arraycopy(appLat.get(d), 0, all, at, appCount[d]);
      at += appCount[d];
    }
    Arrays.sort(all);
    double meanUtil = Arrays.stream(util).average().orElse(0);
    double imbalance = Math.sqrt(Arrays.stream(util).map(u -> (u - meanUtil) * (u - meanUtil)).average().orElse(0));
    return new Result(c.policy().name(), apps, boards, requests, violations, Arrays.stream(migrations).sum(), netSum / Math.max(1, requests),
        imbalance, requests / Math.max(1e-9, wall), timeline, pct(all, 0.5), pct(all, 0.95), pct(all, 0.99));
  }

  /** The performance profiler and health checks of one period; returns each board's mean InfLat. */
  private double[] check(int[] board, int[] instances, boolean[] closed, int[] migrations, double[][] appHealth, double[][] boardHealth,
      double[] instanceTime, double[] periodSum, int[] periodCount, SelectionPolicy.ClusterView view, SplittableRandom pol) {
    int nd = board.length, nb = instances.length;
    double p = c.checkPeriodS();
    double[] appMean = new double[nd];
    double[] boardSum = new double[nb];
    int[] boardApps = new int[nb];
    for (int d = 0; d < nd; d++) {
      appMean[d] = periodCount[d] == 0 ? 0 : periodSum[d] / periodCount[d];
      appHealth[d][HealthState.of(appMean[d], c.qosBudgetMs()).ordinal()] += p;
      boardSum[board[d]] += appMean[d];
      boardApps[board[d]]++;
      periodSum[d] = 0;
      periodCount[d] = 0;
    }
    double[] boardMean = new double[nb];
    for (int b = 0; b < nb; b++) {
      boardMean[b] = boardApps[b] == 0 ? Double.NaN : boardSum[b] / boardApps[b];
      instanceTime[b] += instances[b] * p;
      HealthState h = boardApps[b] == 0 ? HealthState.PASS : HealthState.of(boardSum[b] / boardApps[b], c.qosBudgetMs());
      boardHealth[b][h.ordinal()] += p;
      closed[b] = h == HealthState.CRITICAL;
    }
    // A critical board sheds its slowest application; a critical application migrates.
    boolean[] move = new boolean[nd];
    for (int b = 0; b < nb; b++) {
      if (!closed[b] || boardApps[b] < 2) continue;
      int slowest = -1;
      for (int d = 0; d < nd; d++) if (board[d] == b && (slowest < 0 || appMean[d] > appMean[slowest])) slowest = d;
      move[slowest] = true;
    }
    for (int d = 0; d < nd; d++) if (HealthState.of(appMean[d], c.qosBudgetMs()) == HealthState.CRITICAL) move[d] = true;
    for (int d = 0; d < nd; d++) {
      if (!move[d]) continue;
      List<Integer> candidates = allBoards(nb, board[d], closed);
      if (candidates.isEmpty()) continue;
      int to = c.policy().choose(d, candidates, view, pol);
      // Migrate only where the application is expected to do better: otherwise critical
      // applications chase each other around a saturated cluster.
      double expected = view.timesWithOneMore(d, to).totalMs() + view.latencyScore(d, to);
      if (expected >= appMean[d]) continue;
      instances[board[d]]--;
      board[d] = to;
      instances[to]++;
      migrations[d]++;
    }
    return boardMean;
  }

  private double load(int d) {
    EdgeConfig.Device dev = c.devices().get(d);
    return (double) dev.frameSize() * dev.frameSize() * dev.framesPerSecond();
  }

  /**
   * Initialises the latency matrix with the median of {@value #WARM_UP_PROBES} probes per pair: a single
   * probe of the stable latency's heavy tail would otherwise rank a near board last for minutes.
   */
  private void warmUp(LatencyScore[][] scores, SplittableRandom net) {
    double[] samples = new double[WARM_UP_PROBES];
    for (int d = 0; d < scores.length; d++) {
      for (int b = 0; b < scores[d].length; b++) {
        for (int i = 0; i < samples.length; i++) samples[i] = c.links().get(d).get(b).sample(net);
        Arrays.sort(samples);
        scores[d][b].observe(0, samples[samples.length / 2]);
      }
    }
  }

  private void probe(LatencyScore[][] scores, SplittableRandom net, double t) {
    for (int d = 0; d < scores.length; d++) for (int b = 0; b < scores[d].length; b++) scores[d][b].observe(t, c.links().get(d).get(b).sample(net));
  }

  private static List<Integer> allBoards(int nb, int except, boolean[] closed) {
    List<Integer> out = new ArrayList<>();
    for (int b = 0; b < nb; b++) if (b != except && !closed[b]) out.add(b);
    return out;
  }

  private static float[] put(float[] a, int i, double v) {
    if (i == a.length) a = Arrays.copyOf(a, a.length * 2);
    a[i] = (float) v;
    return a;
  }

  private static double pct(float[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * (sorted.length - 1) + 0.5))];
  }

  private static double[] share(double[] time) {
    double total = time[0] + time[1] + time[2];
    return total == 0 ? new double[3] : new double[] { time[0] / total, time[1] / total, time[2] / total };
  }
}
