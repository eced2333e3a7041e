package org.slicewright.sim.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;

/**
 * Benchmark of the edge emulation, printed as figures: events (inference requests) per second of a
 * run of at least 10^6 requests, next to a bare event loop measured in the same process (the same
 * number of events pushed and popped through a priority queue with one random draw each, and no
 * model), as a ratio. The ratio says what the model (profiles, link sampling, health checks,
 * statistics) costs on top of the event queue itself.
 */
public final class EdgeBench {
  private EdgeBench() {
  }

  /** @param config the emulation to time; its duration is stretched to reach 10^6 requests */
  public static void run(PrintStream out, EdgeConfig config) {
    double rate = config.devices().stream().mapToDouble(EdgeConfig.Device::framesPerSecond).sum();
    double duration = Math.ceil(1_000_000 / rate);
    EdgeConfig big = config.withDuration(duration);
    new EdgeEmulation(config.withDuration(600)).run(ProgressMonitor.NONE); // warm-up
    long t0 = System.nanoTime();
    EdgeEmulation.Result r = new EdgeEmulation(big).run(ProgressMonitor.NONE);
    double model = (System.nanoTime() - t0) / 1e9;
    bareEventLoop(r.requests(), config.devices().size()); // warm-up, as the emulation had
    double baseline = bareEventLoop(r.requests(), config.devices().size());
    out.printf(Locale.ROOT, "edge emulation (%s, %d boards, %d devices, %.0f s emulated): %d requests in %.2f s = %.0f events/s%n", config.policy().name(),
        config.boards().size(), config.devices().size(), duration, r.requests(), model, r.requests() / model);
    out.printf(Locale.ROOT, "baseline bare event loop (priority queue, one draw per event): %.0f events/s%n", r.requests() / baseline);
    out.printf(Locale.ROOT, "ratio emulation / bare event loop: %.2fx the time per event%n", model / baseline);
  }

  private static double bareEventLoop(long events, int sources) {
    SplittableRandom rng = new SplittableRandom(1);
    PriorityQueue<double[]> q = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
    for (int i = 0; i < sources; i++) q.add(new double[] { rng.nextDouble(), i });
    double sink = 0;
    long t0 = System.nanoTime();
    for (long n = 0; n < events; n++) {
      double[] e = q.poll();
      sink += e[1];
      q.add(new double[] { e[0] + rng.nextDouble(), e[1] });
    }
    double s = (System.nanoTime() - t0) / 1e9;
    if (sink < 0) throw new AssertionError(); // keeps the loop from being optimised away
    return s;
  }
}
