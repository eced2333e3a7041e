package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Run;
import org.slicewright.sim.twins.ReservationPolicy;
import org.slicewright.sim.twins.TwinStudyResult;

/** Twin results stored as runs keep each policy's per-slice totals, its prediction error and its per-period series. */
class TwinRunRecordsTest {
  @Test
  void oneRunPerPolicyAndSliceWithTotalsAndSeries() {
    List<TwinStudyResult.Row> rows = List.of(
        new TwinStudyResult.Row(0, 0, ReservationPolicy.FORECAST, "video", 10, 12, 13, 10, 0, true),
        new TwinStudyResult.Row(1, 0, ReservationPolicy.FORECAST, "video", 20, 16, 17, 17, 3, false),
        new TwinStudyResult.Row(0, 1, ReservationPolicy.LAST_VALUE, "video", 10, 9, 9, 9, 1, false),
        new TwinStudyResult.Row(1, 1, ReservationPolicy.LAST_VALUE, "video", 20, 10, 11, 11, 9, false));
    TwinStudyResult r = new TwinStudyResult(rows, List.of(),
        List.of(new TwinStudyResult.PolicySummary(0, ReservationPolicy.FORECAST, 0.5, 30, 3, 33), new TwinStudyResult.PolicySummary(1, ReservationPolicy.LAST_VALUE, 0, 20, 10, 30)),
        0, List.of(new TwinStudyResult.SliceInfo("video", List.of("g1"), new double[] { 0.9, 1.0 }, new double[] { 0.5, 0.0 })), List.of(), List.of());
    List<Run> runs = TwinRunRecords.toRuns(r, 7, 300, 150, 2, 5);
    assertEquals(2, runs.size());
    Run f = runs.get(0), l = runs.get(1);
    assertEquals("run-5", f.getId());
    assertEquals("forecast", f.getPolicy());
    assertEquals("video", TwinRunRecords.slice(f));
    assertEquals(RunKind.TWINS, RunKind.of(f));
    assertEquals(Map.of("slice", "video", "instance", "1"), RunParameters.parse(l.getParameters()));
    // 150 RU per data unit/s and period (0.5 RU per data unit x 300 s); shortfall at twice the price.
    assertEquals(30 * 150, RunMetrics.get(f, "reserved_ru"));
    assertEquals(27 * 150, RunMetrics.get(f, "used_ru"));
    assertEquals(3 * 150 * 2, RunMetrics.get(f, "shortfall_ru"));
    assertEquals((2 + 4) / 2.0, RunMetrics.get(f, "prediction_mae"), 1e-12);
    assertEquals((1 + 10) / 2.0, RunMetrics.get(l, "prediction_mae"), 1e-12);
    assertEquals(0.0, RunMetrics.get(l, "sla_share"));
    assertEquals(List.of(10.0, 20.0), TwinRunRecords.series(f, "demand").getValues());
    assertEquals(List.of(9.0, 10.0), TwinRunRecords.series(l, "prediction").getValues());
    assertEquals(300, TwinRunRecords.series(l, "reserved").getStepS());
  }

  @Test
  void parametersOfEveryKindAreRead() {
    assertEquals(Map.of("subpools", "4", "lambda_max", "10"), RunParameters.parse("subpools=4 lambda_max=10"));
    assertEquals(Map.of("offload_parameter", "-inf", "local_weight", "0.5"), RunParameters.parse("offload_parameter=-inf; local_weight=0.5"));
    assertEquals(Map.of(), RunParameters.parse(null));
  }
}
