package org.slicewright.sim.twins;

/**
 * How an emulation instance sets a slice's reservation for the next period from its level-two twin's
 * history: {@code estimate x (1 + headroom)}.
 */
public enum ReservationPolicy {
  /** The mean of the history the slice's twins keep: a static reservation. */
  STATIC_MEAN,
  /** The last period's demand: purely reactive. */
  LAST_VALUE,
  /** The demand one season (day) ago: the classic baseline of seasonal series. */
  SEASONAL_NAIVE,
  /** Gradient boosting over lagged demand, the value a season ago and the time of day. */
  FORECAST
}
