package org.slicewright.sim.twins;

import java.util.List;

/**
 * Outcome of a twin-fed what-if.
 *
 * @param rows one per period, instance and slice
 * @param errors per slice, over the study periods
 * @param summaries per instance: share of slice-periods meeting the SLA and RU spent
 * @param syncRU RU spent synchronising the level-one twins during the study periods (the same for
 *        every instance)
 * @param nodes per slice and serving node, the demand the node carries in each study period (nodes
 *        that carry none are left out)
 * @param groups per level-one twin, the nodes that served it and its handovers over the study
 */
public record TwinStudyResult(List<Row> rows, List<ForecastError> errors, List<PolicySummary> summaries, double syncRU, List<SliceInfo> slices,
    List<NodeDemand> nodes, List<GroupAttachment> groups) {
  public record Row(int period, int instance, ReservationPolicy policy, String slice, double demand, double forecast, double reserved, double used,
      double shortfall, boolean slaMet) {
  }

  /**
   * One slice's errors against its true demand over the study periods (mean absolute and root mean
   * square): the gradient-boosting forecast, seasonal-naive, and the level-two twin itself (how far
   * what the twins hold is from the truth: staleness and quantisation).
   *
   * @param trainedPeriods periods of history the forecaster was trained on (what the twins keep)
   * @param meanDemand the slice's mean true demand, to read the errors relative to it
   */
  public record ForecastError(String slice, double forecastMae, double seasonalNaiveMae, double forecastRmse, double seasonalNaiveRmse, double twinMae,
      int trainedPeriods, double meanDemand) {
  }

  public record PolicySummary(int instance, ReservationPolicy policy, double slaShare, double reservedRU, double shortfallRU, double totalRU) {
  }

  /** What a level-two twin holds after the run: its members, mean utilisation of the reservation and SLA satisfaction per instance. */
  public record SliceInfo(String slice, List<String> members, double[] utilisation, double[] slaSatisfaction) {
  }

  /** The demand of one slice carried by one serving node, per study period. */
  public record NodeDemand(String slice, String node, double[] demand) {
    public double mean() {
      double s = 0;
      for (double d : demand) s += d;
      return demand.length == 0 ? 0 : s / demand.length;
    }

    public double peak() {
      double m = 0;
      for (double d : demand) m = Math.max(m, d);
      return m;
    }
  }

  /** A user group's serving nodes over the study (in order of first attachment) and its handovers. */
  public record GroupAttachment(String twin, List<String> nodes, int handovers) {
  }
}
