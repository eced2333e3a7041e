package org.slicewright.sim.twins;

/**
 * A level-one twin as the network holds it under the twin-model control (what precision, how often
 * it synchronises, how much history it keeps). The twin synchronises with its group at every
 * multiple of its sync period; a synchronisation falling in a period reads that period's rate, and
 * between synchronisations the twin keeps the last value, so a slow twin is stale. Each value is
 * quantised to {@code precision x} the group's typical rate. The twin keeps {@code historyLength}
 * values, so its history spans {@code historyLength x syncPeriodS} seconds. Synchronising costs
 * {@code costPerValue} RU per value.
 */
public final class LevelOneTwinState {
  /** Tolerance of the sync-instant arithmetic, in sync periods: 1e-9 of a period is far below a second. */
  private static final double EPS = 1e-9;
  private final TwinStudyConfig.Twin twin;
  private final double step;
  private final double periodS;
  private final double costPerValue;

  public LevelOneTwinState(TwinStudyConfig.Twin twin, double precision, double costPerValue, double periodS, double typicalRate) {
    this.twin = twin;
    this.step = precision * Math.max(typicalRate, 1e-9);
    this.periodS = periodS;
    this.costPerValue = costPerValue;
  }

  /**
   * The values the twin holds at the end of each period, given the group's true rate per period.
   * Before the first synchronisation (at time 0) there is nothing to hold, so period 0 always syncs.
   */
  public double[] hold(double[] truth) {
    double[] held = new double[truth.length];
    for (int p = 0; p < truth.length; p++) {
      held[p] = syncs(p) > 0 ? quantise(truth[p]) : held[p - 1];
    }
    return held;
  }

  /** Synchronisations falling in period p: instants k x syncPeriod in [p x period, (p + 1) x period). */
  public long syncs(int p) {
    return before((p + 1) * periodS) - before(p * periodS);
  }

  /** RU spent synchronising during periods {@code from..to-1}. */
  public double syncRU(int from, int to) {
    return (before(to * periodS) - before(from * periodS)) * costPerValue;
  }

  /** Periods of history the twin keeps: its values times its sync period, in whole periods. */
  public int heldPeriods() {
    return heldPeriods(twin, periodS);
  }

  static int heldPeriods(TwinStudyConfig.Twin twin, double periodS) {
    double periods = Math.ceil(twin.historyLength() * twin.syncPeriodS() / periodS - EPS);
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, periods));
  }

  /** Sync instants k x syncPeriod (k >= 0) strictly before time t. */
  private long before(double t) {
    return (long) Math.ceil(t / twin.syncPeriodS() - EPS);
  }

  private double quantise(double rate) {
    return step > 0 ? Math.round(rate / step) * step : rate;
  }

  public TwinStudyConfig.Twin twin() { return twin; }
}
