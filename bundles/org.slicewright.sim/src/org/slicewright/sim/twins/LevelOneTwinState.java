package org.slicewright.sim.twins;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A level-one twin as the network holds it: the values it synchronised (quantised to the twin
 * model's precision relative to the group's typical rate), at most {@code historyLength} of them, and
 * the RU spent synchronising (one value per sync period, {@code syncCostRU} each).
 */
public final class LevelOneTwinState {
  private final TwinStudyConfig.Twin twin;
  private final double step;
  private final int syncsPerPeriod;
  private final double costPerSync;
  private final Deque<Double> history = new ArrayDeque<>();
  private double syncRU;

  public LevelOneTwinState(TwinStudyConfig.Twin twin, double precision, double syncCostRU, double periodS, double typicalRate) {
    this.twin = twin;
    this.step = precision * Math.max(typicalRate, 1e-9);
    this.syncsPerPeriod = (int) Math.ceil(periodS / twin.syncPeriodS());
    this.costPerSync = syncCostRU;
  }

  /** Synchronises the group's rate of one period; returns the value the twin now holds. */
  public double synchronise(double rate) {
    double q = step > 0 ? Math.round(rate / step) * step : rate;
    history.addLast(q);
    while (history.size() > twin.historyLength()) history.removeFirst();
    syncRU += syncsPerPeriod * costPerSync;
    return q;
  }

  public TwinStudyConfig.Twin twin() { return twin; }
  public double syncRU() { return syncRU; }
  public int held() { return history.size(); }
}
