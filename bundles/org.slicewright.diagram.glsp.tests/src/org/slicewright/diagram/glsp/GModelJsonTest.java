package org.slicewright.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.diagram.layout.LayoutBench;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.tests.support.ExampleFiles;

/** The faster writer gives the client byte for byte the JSON GLSP's own adapter gives. */
class GModelJsonTest {
  @TempDir
  Path dir;

  @Test
  void exampleDiagramWrittenAsGlspWritesIt() throws Exception {
    Path file = dir.resolve("pooling.slicewright");
    ExampleFiles.copy("pooling-32ap", file);
    assertSameJson(file);
  }

  @Test
  void largeDiagramWrittenAsGlspWritesIt() throws Exception {
    Scenario s = ScenarioFactory.eINSTANCE.createScenario();
    s.setId("large");
    s.setNetwork(LayoutBench.network(3000, 9000, 5));
    Path file = dir.resolve("large.slicewright");
    ScenarioResources.save(s, file);
    assertSameJson(file);
  }

  private static void assertSameJson(Path file) throws Exception {
    try (LocalDiagramSession d = new LocalDiagramSession(file, new ScenarioDomains())) {
      String expected = d.glspModelJson();
      assertTrue(expected.contains("\"label:name\"") && expected.contains("\"edge:link\""), "a drawn topology");
      assertEquals(expected, d.modelJson());
    }
  }
}
