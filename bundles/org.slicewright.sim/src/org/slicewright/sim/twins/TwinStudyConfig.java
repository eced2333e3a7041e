package org.slicewright.sim.twins;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slicewright.data.traces.TwinTraceReader;

/**
 * A twin-fed what-if (seed 001): level-one twins of user groups, the slices whose level-two twins
 * aggregate them, and emulation instances (one per reservation policy) advancing over the same
 * timeline of {@code history + periods} periods; the first {@code history} periods are what the
 * twins have already synchronised when the study starts.
 *
 * @param pricePerUnit RU per data unit/s reserved for one period
 * @param shortfallMultiplier price factor on demand beyond the reservation
 */
public record TwinStudyConfig(String scenario, List<Twin> twins, List<Slice> slices, int history, int periods, double periodS, int seasonLength,
    double headroom, double slaShortfall, int lags, List<ReservationPolicy> policies, double precision, double syncCostRU, double pricePerUnit,
    double shortfallMultiplier, int threads, long seed) {

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

  public TwinStudyConfig validate() {
    if (twins.isEmpty()) throw new IllegalArgumentException("no level-one twins");
    if (slices.isEmpty()) throw new IllegalArgumentException("no slices");
    if (policies.isEmpty()) throw new IllegalArgumentException("no reservation policy");
    if (periods < 1 || history < 2 * seasonLength) {
      throw new IllegalArgumentException("the study needs >= 1 period and a history of >= 2 seasons (" + 2 * seasonLength + " periods), has " + history);
    }
    if (lags < 1 || lags >= seasonLength) throw new IllegalArgumentException("lags must be in 1.." + (seasonLength - 1) + ", is " + lags);
    if (!(periodS > 0)) throw new IllegalArgumentException("period must be > 0 s");
    Set<String> ids = new HashSet<>();
    for (Twin t : twins) {
      if (!ids.add(t.id())) throw new IllegalArgumentException("twin '" + t.id() + "' appears twice");
      if (!(t.syncPeriodS() > 0)) throw new IllegalArgumentException("twin '" + t.id() + "': sync period must be > 0 s");
      if (t.trace() == null && !(t.baseRate() >= 0)) throw new IllegalArgumentException("twin '" + t.id() + "': arrival rate must be >= 0");
    }
    return this;
  }
}
