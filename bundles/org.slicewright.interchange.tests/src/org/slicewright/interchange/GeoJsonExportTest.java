package org.slicewright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.sim.scenario.EdgeNodeResults;
import org.slicewright.sim.scenario.RunMetrics;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** GeoJSON carries positions and the last edge run's results; a planar network needs an anchor. */
class GeoJsonExportTest {
  @TempDir
  Path tmp;

  @Test
  void sitesAndLinksCarryTheirResults() throws Exception {
    Scenario s = Examples.load("hetero-edge");
    Run r = ScenarioFactory.eINSTANCE.createRun();
    r.setId("run-coral");
    r.setPolicy("combined(0.40,0.40,0.20)");
    r.setParameters("board=coral");
    r.setSeed(1);
    RunMetrics.add(r, "p95_ms", 140, "ms");
    RunMetrics.add(r, "utilisation", 0.6, "");
    s.getRuns().add(r);
    Path out = tmp.resolve("hetero.geojson");
    assertThrows(IllegalArgumentException.class, () -> NetworkExport.write(s, NetworkFormat.GEOJSON, out, null), "planar needs an anchor");
    assertTrue(Files.notExists(out), "nothing written when refused");
    NetworkExport.write(s, NetworkFormat.GEOJSON, out, new Wgs84.Projection(48.85, 2.35));
    JsonObject fc = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    assertEquals("FeatureCollection", fc.get("type").getAsString());
    JsonArray features = fc.getAsJsonArray("features");
    assertEquals(s.getNetwork().getNodes().size() + s.getNetwork().getLinks().size(), features.size());
    JsonObject coral = null;
    for (var f : features) {
      JsonObject p = f.getAsJsonObject().getAsJsonObject("properties");
      if ("coral".equals(p.get("id").getAsString())) coral = f.getAsJsonObject();
    }
    JsonObject p = coral.getAsJsonObject("properties");
    double budget = EdgeNodeResults.budgetMs(s, r.getPolicy());
    assertEquals(EdgeNodeResults.health(140 / budget), p.get("health").getAsString());
    assertEquals(0.6, p.get("utilisation").getAsDouble(), 1e-12);
    JsonArray c = coral.getAsJsonObject("geometry").getAsJsonArray("coordinates");
    assertEquals(2, c.size());
    assertEquals(2.35, c.get(0).getAsDouble(), 0.5, "longitude near the anchor");
    assertEquals(48.85, c.get(1).getAsDouble(), 0.5, "latitude near the anchor");
  }

  @Test
  void subPoolMembershipIsAProperty() throws Exception {
    Scenario s = Examples.load("pooling-32ap");
    Path out = tmp.resolve("pool.geojson");
    NetworkExport.write(s, NetworkFormat.GEOJSON, out, new Wgs84.Projection(60.17, 24.94));
    String text = Files.readString(out);
    boolean anyMember = !s.getSecondaryPools().isEmpty() && !s.getSecondaryPools().get(0).getSubPools().isEmpty();
    assertEquals(anyMember, text.contains("\"sub_pools\":[\""), "members list their sub-pools");
  }
}
