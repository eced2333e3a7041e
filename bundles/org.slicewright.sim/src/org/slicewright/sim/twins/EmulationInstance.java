package org.slicewright.sim.twins;

import java.util.ArrayList;
import java.util.List;

/**
 * One copy of the network run with one reservation policy over the shared twin timeline: in each
 * period and slice it reserves {@code estimate x (1 + headroom)}, then meets the slice's actual
 * demand up to the reservation; the rest is shortfall, paid at the shortfall multiplier. A period
 * meets the SLA when the shortfall is at most {@code slaShortfall} of the demand. Instances share
 * nothing mutable, so they run in parallel and a policy's results depend only on the timeline.
 */
public final class EmulationInstance {
  private final int index;
  private final ReservationPolicy policy;

  public EmulationInstance(int index, ReservationPolicy policy) {
    this.index = index;
    this.policy = policy;
  }

  /**
   * @param synced synced.get(s) = the slice's level-two history (all periods; only those before the
   *        period being reserved are read)
   * @param actual actual.get(s) = the slice's true demand per period
   * @param forecasts forecasts.get(s)[p] = the forecaster's estimate of study period p
   * @param spans spans[s] = periods of history the slice's level-two twin keeps (the static mean
   *        averages over them)
   */
  public List<TwinStudyResult.Row> run(TwinStudyConfig c, List<String> slices, List<double[]> synced, List<double[]> actual, List<double[]> forecasts,
      int[] spans) {
    List<TwinStudyResult.Row> rows = new ArrayList<>();
    // Running sums of each slice's kept history, so the static mean costs two additions per period.
    double[] sum = new double[slices.size()];
    for (int s = 0; s < slices.size(); s++) for (int i = c.history() - spans[s]; i < c.history(); i++) sum[s] += synced.get(s)[i];
    for (int p = 0; p < c.periods(); p++) {
      int t = c.history() + p;
      for (int s = 0; s < slices.size(); s++) {
        double[] h = synced.get(s);
        double estimate = switch (policy) {
          case STATIC_MEAN -> sum[s] / spans[s];
          case LAST_VALUE -> h[t - 1];
          case SEASONAL_NAIVE -> h[t - c.seasonLength()];
          case FORECAST -> forecasts.get(s)[p];
        };
        double reserved = estimate * (1 + c.headroom());
        double demand = actual.get(s)[t];
        double used = Math.min(demand, reserved), shortfall = demand - used;
        rows.add(new TwinStudyResult.Row(p, index, policy, slices.get(s), demand, estimate, reserved, used, shortfall,
            shortfall <= c.slaShortfall() * demand + 1e-12));
        sum[s] += h[t] - h[t - spans[s]];
      }
    }
    return rows;
  }

  public ReservationPolicy policy() { return policy; }
}
