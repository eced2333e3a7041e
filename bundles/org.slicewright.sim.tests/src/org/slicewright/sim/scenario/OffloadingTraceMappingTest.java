package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.offloading.OffloadingConfig;

/** The offloading study reads a planner's demand counters from the CSV its first policy names. */
class OffloadingTraceMappingTest {
  @TempDir
  Path tmp;

  private Scenario exampleWithTrace(String csv) throws Exception {
    Path example = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null && example == null; p = p.getParent()) {
      Path f = p.resolve("examples/offloading-ddnn/offloading-ddnn.slicewright");
      if (Files.exists(f)) example = f;
    }
    assertNotNull(example, "no examples folder");
    Path file = tmp.resolve("mine.slicewright");
    Files.copy(example, file);
    Files.writeString(tmp.resolve("counters.csv"), csv);
    Scenario s = ScenarioResources.load(file);
    s.getOffloadingPolicies().get(0).setTraceRef("counters.csv");
    return s;
  }

  @Test
  void csvColumnsBecomeTheDemandSeries() throws Exception {
    StringBuilder csv = new StringBuilder("timestamp,cell-a,cell-b,cell-c\n");
    for (int t = 0; t < 144 * 6; t++) csv.append(t).append(',').append(t % 144).append(',').append(100 + t % 7).append(',').append(5).append('\n');
    OffloadingConfig c = OffloadingScenarioMapper.config(exampleWithTrace(csv.toString()), true);
    assertEquals(3, c.traces().series());
    assertEquals(144 * 6, c.traces().length());
    assertEquals("cell-a", c.traces().names().get(0));
    assertEquals(1.0, c.traces().value(143, 0), 1e-12, "normalised per column");
    assertTrue(c.traceSource().contains("counters.csv"), c.traceSource());
  }

  @Test
  void aBadCellIsNamedBeforeAnythingRuns() throws Exception {
    Scenario s = exampleWithTrace("time,cell-a,cell-b\n0,1,2\n1,3,x\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OffloadingScenarioMapper.config(s, true));
    assertTrue(e.getMessage().contains("counters.csv:3") && e.getMessage().contains("cell-b"), e.getMessage());
  }
}
