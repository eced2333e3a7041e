package org.slicewright.data.traces;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic demand for examples and tests, shaped like cellular traffic: a daily cycle
 * (two peaks, quiet nights), a weekly cycle (lower weekends), occasional bursts that decay, Gaussian
 * noise, and a scale and phase of its own per cell. Same seed, same traces.
 */
public final class SyntheticTraceGenerator {
  private final long seed;
  private final int samplesPerDay;

  /** @param samplesPerDay 144 = one sample every 10 minutes, as the Milano data of the distributed-LSTM study */
  public SyntheticTraceGenerator(long seed, int samplesPerDay) {
    if (samplesPerDay < 4) throw new IllegalArgumentException("samples per day must be >= 4, is " + samplesPerDay);
    this.seed = seed;
    this.samplesPerDay = samplesPerDay;
  }

  public DemandTraces generate(int cells, int samples) {
    if (cells < 1 || samples < 2) throw new IllegalArgumentException("need at least 1 cell and 2 samples");
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] raw = new double[samples][cells];
    List<String> names = new ArrayList<>();
    for (int k = 0; k < cells; k++) {
      names.add(String.format("bs%02d", k + 1));
      double scale = 0.4 + 0.6 * rng.nextDouble();
      double phase = rng.nextDouble() * 0.1;
      double noise = 0.02 + 0.04 * rng.nextDouble();
      double weekend = 0.6 + 0.3 * rng.nextDouble();
      double burst = 0;
      for (int t = 0; t < samples; t++) {
        double day = (double) t / samplesPerDay + phase;
        double hour = (day - Math.floor(day)) * 24;
        // Two daily peaks (late morning, evening) over a night floor.
        double daily = 0.15 + 0.55 * bump(hour, 11, 3) + 0.75 * bump(hour, 20, 2.5);
        int weekday = (int) Math.floor(day) % 7;
        double weekly = weekday >= 5 ? weekend : 1.0;
        if (rng.nextDouble() < 2.0 / samplesPerDay) burst += 0.3 + 0.5 * rng.nextDouble();
        burst *= 0.85;
        double v = scale * (daily * weekly + burst) + noise * gaussian(rng);
        raw[t][k] = Math.max(0, v);
      }
    }
    return DemandTraces.normalise(names, raw);
  }

  private static double bump(double hour, double centre, double width) {
    double d = Math.abs(hour - centre);
    d = Math.min(d, 24 - d);
    return Math.exp(-0.5 * (d / width) * (d / width));
  }

  private static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
