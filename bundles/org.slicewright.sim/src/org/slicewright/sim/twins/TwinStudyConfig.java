package org.slicewright.sim.twins;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slicewright.data.traces.TwinTraceReader;

/**
 * A twin-fed what-if (holistic network virtualisation): level-one twins of user groups, the slices
 * whose level-two twins aggregate them, and emulation instances (one per reservation policy)
 * advancing over the same timeline of {@code history + periods} periods; the first {@code history}
 * periods happened before the study starts, and the twins keep what their history length allows.
 *
 * @param nodes the nodes that serve user groups (base stations, access points); each period a group
 *        is attached to the nearest
 * @param precision quantisation step of synchronised values, relative to a group's typical rate
 * @param syncCostRU RU per synchronised value
 * @param pricePerUnit RU per data unit/s reserved for one period
 * @param shortfallMultiplier price factor on demand beyond the reservation
 */
public record TwinStudyConfig(String scenario, List<Twin> twins, List<Slice> slices, List<ServingNode> nodes, int history, int periods, double periodS,
    int seasonLength, double headroom, double slaShortfall, int lags, List<ReservationPolicy> policies, double precision, double syncCostRU,
    double pricePerUnit, double shortfallMultiplier, int threads, long seed) {

  /** Periods of history beyond a season the forecaster needs to train on (see {@link DemandForecaster}). */
  static final int FORECASTER_ROWS = 10;

  /**
   * A level-one twin: a user group's demand, generated (base rate with a daily cycle peaking at
   * {@code peakHour}, and autocorrelated noise) or taken from trace observations.
   *
   * @param serviceMix share of the group's demand per service id (from the trace, else even)
   */
  public record Twin(String id, List<String> services, double baseRate, double diurnalAmplitude, double peakHour, double noise, boolean commute,
      double[] home, double[] work, double syncPeriodS, int historyLength, List<TwinTraceReader.Observation> trace, Map<String, Double> serviceMix) {
  }

  /** A slice and the ids of the services it carries. */
  public record Slice(String id, Set<String> services) {
  }

  /** A node that can serve user groups, at its site's position (m). */
  public record ServingNode(String id, double x, double y) {
  }

  /** The same study with other twins, policies and sync price (for the twin-model sweep). */
  public TwinStudyConfig with(List<Twin> newTwins, List<ReservationPolicy> newPolicies, double newPrecision, double newSyncCostRU, int newThreads) {
    return new TwinStudyConfig(scenario, newTwins, slices, nodes, history, periods, periodS, seasonLength, headroom, slaShortfall, lags, newPolicies,
        newPrecision, newSyncCostRU, pricePerUnit, shortfallMultiplier, newThreads, seed);
  }

  /** Periods of history the policies need the twins to keep: a season and the forecaster's rows, a season, or one period. */
  int neededPeriods() {
    if (policies.contains(ReservationPolicy.FORECAST)) return seasonLength + FORECASTER_ROWS;
    if (policies.contains(ReservationPolicy.SEASONAL_NAIVE)) return seasonLength;
    return 1;
  }

  public TwinStudyConfig validate() {
    if (twins.isEmpty()) throw new IllegalArgumentException("no level-one twins");
    if (slices.isEmpty()) throw new IllegalArgumentException("no slices");
    if (policies.isEmpty()) throw new IllegalArgumentException("no reservation policy");
    if (periods < 1 || history < 2 * seasonLength) {
      throw new IllegalArgumentException("the study needs >= 1 period and a history of >= 2 seasons (" + 2 * seasonLength + " periods), has " + history);
    }
    if (lags < 1 || lags >= seasonLength) throw new IllegalArgumentException("lags must be in 1.." + (seasonLength - 1) + ", is " + lags);
    if (!(periodS > 0)) throw new IllegalArgumentException("period must be > 0 s");
    if (!(precision >= 0) || Double.isInfinite(precision)) throw new IllegalArgumentException("twin model: precision must be a finite value >= 0, is " + precision);
    if (!(syncCostRU >= 0) || Double.isInfinite(syncCostRU)) throw new IllegalArgumentException("twin model: sync cost must be a finite value >= 0 RU, is " + syncCostRU);
    Set<String> ids = new HashSet<>();
    int needed = neededPeriods();
    for (Twin t : twins) {
      if (!ids.add(t.id())) throw new IllegalArgumentException("twin '" + t.id() + "' appears twice");
      if (!(t.syncPeriodS() > 0) || Double.isInfinite(t.syncPeriodS())) throw new IllegalArgumentException("twin '" + t.id() + "': sync period must be a finite value > 0 s");
      if (t.historyLength() < 1) throw new IllegalArgumentException("twin '" + t.id() + "': history length must be >= 1 value");
      if (t.trace() == null && !(t.baseRate() >= 0)) throw new IllegalArgumentException("twin '" + t.id() + "': arrival rate must be >= 0");
      if (LevelOneTwinState.heldPeriods(t, periodS) < needed) {
        long values = (long) Math.ceil(needed * periodS / t.syncPeriodS());
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "twin '%s' keeps %d values every %.0f s = %.1f h of history; the policies need %d periods (%.1f h): raise its history length to >= %d",
            t.id(), t.historyLength(), t.syncPeriodS(), t.historyLength() * t.syncPeriodS() / 3600, needed, needed * periodS / 3600, values));
      }
    }
    return this;
  }
}
