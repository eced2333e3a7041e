package org.slicewright.data.traces;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracesTest {
  @TempDir
  Path tmp;

  private Path csv(String text) throws Exception {
    Path f = tmp.resolve("t.csv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsAndNormalisesColumns() throws Exception {
    DemandTraces t = CsvTraceReader.read(csv("timestamp,bs1,\"bs,2\"\n2024-01-01T00:00,10,5\n2024-01-01T00:10,20,5\n2024-01-01T00:20,15,7\n"));
    assertEquals(2, t.series());
    assertEquals(3, t.length());
    assertEquals("bs,2", t.names().get(1));
    assertArrayEquals(new double[] { 0, 1, 0.5 }, t.series(0), 1e-12);
    assertArrayEquals(new double[] { 0, 0, 1 }, t.series(1), 1e-12);
  }

  @Test
  void errorsNameLineAndColumn() throws Exception {
    TraceFormatException e = assertThrows(TraceFormatException.class, () -> CsvTraceReader.read(csv("a,b\n1,2\n3,x\n")));
    assertTrue(e.getMessage().endsWith("t.csv:3, column 'b': 'x' is not a number"), e.getMessage());
    e = assertThrows(TraceFormatException.class, () -> CsvTraceReader.read(csv("a,b\n1,NaN\n")));
    assertTrue(e.getMessage().endsWith(":2, column 'b': 'NaN' is not a finite number"), e.getMessage());
    e = assertThrows(TraceFormatException.class, () -> CsvTraceReader.read(csv("a,b\n1,2\n3\n")));
    assertTrue(e.getMessage().endsWith(":3: expected 2 cells, found 1"), e.getMessage());
    e = assertThrows(TraceFormatException.class, () -> CsvTraceReader.read(csv("a,b\n1,\n")));
    assertTrue(e.getMessage().endsWith(":2, column 'b': missing value"), e.getMessage());
    e = assertThrows(TraceFormatException.class, () -> CsvTraceReader.read(csv("timestamp\n2024\n")));
    assertTrue(e.getMessage().endsWith(":1: no demand columns in the header"), e.getMessage());
    e = assertThrows(TraceFormatException.class, () -> CsvTraceReader.read(tmp.resolve("none.csv")));
    assertTrue(e.getMessage().endsWith("none.csv: file not found"));
  }

  @Test
  void generatorIsSeededPeriodicAndNormalised() {
    DemandTraces a = new SyntheticTraceGenerator(7, 144).generate(16, 144 * 14);
    DemandTraces b = new SyntheticTraceGenerator(7, 144).generate(16, 144 * 14);
    DemandTraces c = new SyntheticTraceGenerator(8, 144).generate(16, 144 * 14);
    assertEquals(16, a.series());
    assertArrayEquals(a.series(3), b.series(3));
    assertFalse(Arrays.equals(a.series(3), c.series(3)));
    // Daily periodicity: the lag-144 autocorrelation is high, the lag-72 (half a day) one is lower.
    for (int k = 0; k < 16; k++) {
      double[] s = a.series(k);
      assertTrue(autocorrelation(s, 144) > 0.5, "cell " + k + " daily " + autocorrelation(s, 144));
      assertTrue(autocorrelation(s, 144) > autocorrelation(s, 72) + 0.2, "cell " + k);
      for (double v : s) assertTrue(v >= 0 && v <= 1);
    }
  }

  static double autocorrelation(double[] s, int lag) {
    double mean = Arrays.stream(s).average().orElse(0);
    double num = 0, den = 0;
    for (int t = 0; t < s.length; t++) {
      den += (s[t] - mean) * (s[t] - mean);
      if (t + lag < s.length) num += (s[t] - mean) * (s[t + lag] - mean);
    }
    return num / den;
  }
}
