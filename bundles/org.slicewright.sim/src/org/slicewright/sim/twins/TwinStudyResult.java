package org.slicewright.sim.twins;

import java.util.List;

/**
 * Outcome of a twin-fed what-if.
 *
 * @param rows one per period, instance and slice
 * @param errors per slice, the one-step forecast error of gradient boosting and of seasonal-naive over
 *        the study periods
 * @param summaries per instance: share of slice-periods meeting the SLA and RU spent
 * @param syncRU RU spent synchronising the level-one twins (the same for every instance)
 */
public record TwinStudyResult(List<Row> rows, List<ForecastError> errors, List<PolicySummary> summaries, double syncRU, List<SliceInfo> slices) {
  public record Row(int period, int instance, ReservationPolicy policy, String slice, double demand, double forecast, double reserved, double used,
      double shortfall, boolean slaMet) {
  }

  public record ForecastError(String slice, double forecastMae, double seasonalNaiveMae, double forecastRmse, double seasonalNaiveRmse) {
  }

  public record PolicySummary(int instance, ReservationPolicy policy, double slaShare, double reservedRU, double shortfallRU, double totalRU) {
  }

  /** What a level-two twin holds after the run: its members, mean utilisation of the reservation and SLA satisfaction per instance. */
  public record SliceInfo(String slice, List<String> members, double[] utilisation, double[] slaSatisfaction) {
  }
}
