package org.slicewright.sim.twins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A slice's level-two twin: the aggregate of the level-one data the slice may see, and only that.
 * It is built from the twins whose groups use one of the slice's services and takes, from each, the
 * share of its demand that belongs to those services; nothing else of a twin reaches it. Its history
 * (one aggregate per period) is what reservation policies and the forecaster read.
 */
public final class LevelTwoTwin {
  private final TwinStudyConfig.Slice slice;
  private final List<Integer> members = new ArrayList<>();
  private final List<Double> shares = new ArrayList<>();
  private final double[] history;
  private int length;

  public LevelTwoTwin(TwinStudyConfig.Slice slice, List<TwinStudyConfig.Twin> twins, int capacity) {
    this.slice = slice;
    for (int i = 0; i < twins.size(); i++) {
      double share = share(twins.get(i), slice);
      if (share > 0) {
        members.add(i);
        shares.add(share);
      }
    }
    this.history = new double[capacity];
  }

  /** The share of a twin's demand that belongs to the slice's services. */
  public static double share(TwinStudyConfig.Twin t, TwinStudyConfig.Slice s) {
    double share = 0;
    for (String svc : t.services()) {
      if (!s.services().contains(svc)) continue;
      Double m = t.serviceMix() == null ? null : t.serviceMix().get(svc);
      share += m != null ? m : (t.serviceMix() == null || t.serviceMix().isEmpty() ? 1.0 / t.services().size() : 0);
    }
    return share;
  }

  /**
   * Aggregates one period from the synchronised values of all level-one twins; only members' values
   * are read.
   */
  public double aggregate(double[] synchronised) {
    double sum = 0;
    for (int k = 0; k < members.size(); k++) sum += synchronised[members.get(k)] * shares.get(k);
    history[length++] = sum;
    return sum;
  }

  public TwinStudyConfig.Slice slice() { return slice; }
  public List<Integer> members() { return List.copyOf(members); }
  public int length() { return length; }
  public double value(int period) { return history[period]; }

  /** The aggregates of periods 0..n-1. */
  public double[] history(int n) {
    return Arrays.copyOf(history, n);
  }
}
