package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Stored offloading parameters read back as written, the thresholds that send every sample one way included. */
class OffloadingRunRecordsTest {
  @Test
  void parametersRoundTrip() {
    for (double v : new double[] { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0123456, -3.5 }) {
      assertEquals(Double.parseDouble(OffloadingResultsCsv.num(v).replace("inf", "Infinity")), OffloadingRunRecords.parameter(OffloadingResultsCsv.num(v)), 1e-6 * Math.abs(v));
    }
    assertEquals(Double.NEGATIVE_INFINITY, OffloadingRunRecords.parameter("-inf"));
    assertTrue(Double.isNaN(OffloadingRunRecords.parameter("none")));
  }
}
