package org.slicewright.sim.edge;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * A board's measured per-frame times as a function of frame size and concurrent instances
 * (hardware profile of the heterogeneous-edge study), interpolated bilinearly between measured points and extrapolated
 * linearly in the number of instances beyond the last one measured.
 */
public final class ProfileTable {
  /** One measured point: times in ms per frame. */
  public record Point(int frameSize, int instances, double cpuPreMs, double acceleratorMs, double cpuPostMs) {
  }

  /** Per-frame times at one operating point. */
  public record Times(double cpuMs, double acceleratorMs) {
    public double totalMs() {
      return cpuMs + acceleratorMs;
    }
  }

  private final int[] frames;
  private final int[] instances;
  private final double[][] cpu;
  private final double[][] acc;

  public ProfileTable(String name, Iterable<Point> points) {
    TreeSet<Integer> fs = new TreeSet<>(), is = new TreeSet<>();
    for (Point p : points) { fs.add(p.frameSize()); is.add(p.instances()); }
    if (fs.isEmpty()) throw new IllegalArgumentException("hardware profile '" + name + "' has no entries");
    frames = fs.stream().mapToInt(Integer::intValue).toArray();
    instances = is.stream().mapToInt(Integer::intValue).toArray();
    cpu = new double[frames.length][instances.length];
    acc = new double[frames.length][instances.length];
    for (double[] r : cpu) Arrays.fill(r, Double.NaN);
    for (Point p : points) {
      int f = Arrays.binarySearch(frames, p.frameSize()), i = Arrays.binarySearch(instances, p.instances());
      cpu[f][i] = p.cpuPreMs() + p.cpuPostMs();
      acc[f][i] = p.acceleratorMs();
    }
    for (int f = 0; f < frames.length; f++) {
      for (int i = 0; i < instances.length; i++) {
        if (Double.isNaN(cpu[f][i])) {
          throw new IllegalArgumentException("hardware profile '" + name + "' has no entry for frame " + frames[f] + " and " + instances[i] + " instance(s)");
        }
      }
    }
  }

  public Times at(double frameSize, double inst) {
    double[] fw = weights(frames, frameSize, false);
    double[] iw = weights(instances, inst, true);
    double c = 0, a = 0;
    for (int f = 0; f < frames.length; f++) {
      if (fw[f] == 0) continue;
      for (int i = 0; i < instances.length; i++) {
        if (iw[i] == 0) continue;
        c += fw[f] * iw[i] * cpu[f][i];
        a += fw[f] * iw[i] * acc[f][i];
      }
    }
    return new Times(Math.max(0, c), Math.max(0, a));
  }

  /** Linear interpolation weights over the grid; clamped at the ends unless {@code extrapolate}. */
  private static double[] weights(int[] grid, double x, boolean extrapolate) {
    double[] w = new double[grid.length];
    if (grid.length == 1) { w[0] = 1; return w; }
    int hi = 1;
    while (hi < grid.length - 1 && x > grid[hi]) hi++;
    int lo = hi - 1;
    double t = (x - grid[lo]) / (grid[hi] - grid[lo]);
    if (!extrapolate) t = Math.max(0, Math.min(1, t));
    else if (x < grid[0]) t = 0;
    w[lo] = 1 - t;
    w[hi] = t;
    return w;
  }
}
