package org.slicewright.sim.twins;

import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.data.traces.TwinTraceReader;
import org.slicewright.sim.Seeds;

/**
 * The ground truth the twins synchronise with: each user group's mean arrival rate (data units/s) and
 * location in every period. Generated demand follows a daily cycle
 * {@code base (1 + A cos(2 pi (h - peak) / 24))} times {@code (1 + e_t)}, with AR(1) noise
 * {@code e_t = 0.8 e_(t-1) + noise sqrt(1 - 0.64) N(0,1)}, so today's demand resembles the last hours
 * and yesterday's; commuting groups sit at their work site from 08 to 18 and at home otherwise. A
 * traced group takes, in each period, its last observation at or before the period's start.
 */
public final class DemandTimeline {
  private final double[][] rate;
  private final double[][][] location;

  /** The timeline of a twin study: its history and study periods. */
  public DemandTimeline(TwinStudyConfig c) {
    this(c.twins(), c.history() + c.periods(), c.periodS(), c.seed());
  }

  /** {@code n} periods of {@code periodS} seconds of the twins' demand, drawn from {@code seed}. */
  public DemandTimeline(List<TwinStudyConfig.Twin> twins, int n, double periodS, long seed) {
    rate = new double[twins.size()][n];
    location = new double[twins.size()][n][];
    for (int i = 0; i < twins.size(); i++) {
      TwinStudyConfig.Twin t = twins.get(i);
      SplittableRandom rng = Seeds.stream(seed, 700 + i);
      double e = 0;
      for (int p = 0; p < n; p++) {
        double hour = (p * periodS / 3600.0) % 24;
        if (t.trace() != null) {
          TwinTraceReader.Observation o = at(t.trace(), p * periodS, t.id());
          rate[i][p] = o.arrivalRate();
          location[i][p] = new double[] { o.x(), o.y() };
          continue;
        }
        e = 0.8 * e + t.noise() * 0.6 * gaussian(rng);
        double cycle = 1 + t.diurnalAmplitude() * Math.cos(2 * Math.PI * (hour - t.peakHour()) / 24);
        rate[i][p] = Math.max(0, t.baseRate() * cycle * (1 + e));
        location[i][p] = t.commute() && hour >= 8 && hour < 18 ? t.work() : t.home();
      }
    }
  }

  private static TwinTraceReader.Observation at(List<TwinTraceReader.Observation> trace, double timeS, String twin) {
    TwinTraceReader.Observation last = null;
    for (TwinTraceReader.Observation o : trace) {
      if (o.timeS() > timeS) break;
      last = o;
    }
    if (last == null) throw new IllegalArgumentException("twin '" + twin + "': the trace starts at " + trace.get(0).timeS() + " s, after the study's first period at 0 s");
    return last;
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble(), v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  public int twins() { return rate.length; }
  public int length() { return rate[0].length; }
  public double rate(int twin, int period) { return rate[twin][period]; }
  public double[] location(int twin, int period) { return location[twin][period]; }
}
