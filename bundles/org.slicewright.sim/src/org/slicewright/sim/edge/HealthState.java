package org.slicewright.sim.edge;

/**
 * Health of an application or node against its QoS latency budget (the heterogeneous-edge study): pass below 75 % of the
 * budget, warning from 75 % to 90 %, critical above 90 %. A critical node takes no new work and sheds
 * its slowest instance; a critical application migrates.
 */
public enum HealthState {
  PASS, WARNING, CRITICAL;

  public static final double WARNING_FROM = 0.75;
  public static final double CRITICAL_ABOVE = 0.90;

  public static HealthState of(double latencyMs, double qosBudgetMs) {
    if (!(qosBudgetMs > 0)) throw new IllegalArgumentException("QoS budget must be > 0 ms, is " + qosBudgetMs);
    double r = latencyMs / qosBudgetMs;
    if (r > CRITICAL_ABOVE) return CRITICAL;
    return r >= WARNING_FROM ? WARNING : PASS;
  }
}
