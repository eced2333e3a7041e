package org.slicewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;

/** {@code import} and {@code export} as a planner runs them. */
class InterchangeCliTest {
  @TempDir
  Path tmp;

  @Test
  void anInventoryBecomesAScenarioThatValidates() throws Exception {
    Files.writeString(tmp.resolve("sites.csv"), "id,name,kind,latitude,longitude,compute,vendor\nc,Core DC,cloud,52.52,13.40,50000,x\n"
        + "e1,Edge Mitte,edge,52.53,13.41,800,y\nap1,AP 1,ap,52.531,13.412,1.5,z\n");
    Files.writeString(tmp.resolve("links.csv"), "id,source,target,bandwidth\nl1,c,e1,10000\nl2,e1,ap1,1000\n");
    Path scenario = tmp.resolve("berlin.slicewright");
    CliTest.Result r = CliTest.run("import", tmp.resolve("sites.csv").toString(), "--out", scenario.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dropped: unknown column of sites.csv (ignored) (1: vendor)"), r.out());
    assertTrue(r.out().contains("defaulted: latency from the great-circle distance"), r.out());
    assertEquals(0, CliTest.run("validate", scenario.toString()).code());
    Scenario s = ScenarioResources.load(scenario);
    assertEquals(3, s.getNetwork().getNodes().size());
    CliTest.Result again = CliTest.run("import", tmp.resolve("sites.csv").toString(), "--out", scenario.toString());
    assertEquals(2, again.code(), "never overwrites");
  }

  @Test
  void aMalformedFileWritesNothingAndSaysWhere() throws Exception {
    Files.writeString(tmp.resolve("sites.csv"), "id,compute\na,1\nb,-3\n");
    Path scenario = tmp.resolve("bad.slicewright");
    CliTest.Result r = CliTest.run("import", tmp.resolve("sites.csv").toString(), "--out", scenario.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("sites.csv:3:2: compute (GFLOP/s) -3 is outside [0, 1000000]"), r.err());
    assertTrue(Files.notExists(scenario), "nothing written");
  }

  @Test
  void everyFormatExportsAndGeoJsonNeedsAnAnchorForAPlanarNetwork() throws Exception {
    String example = Examples.file("pooling-32ap").toString();
    for (String f : new String[] { "graphml", "n2p" }) {
      Path out = tmp.resolve("pool." + f);
      assertEquals(0, CliTest.run("export", example, "--format", f, "--out", out.toString()).code(), f);
      Path back = tmp.resolve("back-" + f + ".slicewright");
      assertEquals(0, CliTest.run("import", out.toString(), "--out", back.toString()).code(), f);
      assertEquals(0, CliTest.run("validate", back.toString()).code(), f);
    }
    assertEquals(0, CliTest.run("export", example, "--format", "csv", "--out", tmp.resolve("inv").toString()).code());
    assertTrue(Files.isRegularFile(tmp.resolve("inv/sites.csv")) && Files.isRegularFile(tmp.resolve("inv/links.csv")));
    CliTest.Result noAnchor = CliTest.run("export", example, "--format", "geojson", "--out", tmp.resolve("m.geojson").toString());
    assertEquals(2, noAnchor.code());
    assertTrue(noAnchor.err().contains("--anchor LAT,LON"), noAnchor.err());
    assertEquals(0, CliTest.run("export", example, "--format", "geojson", "--out", tmp.resolve("m.geojson").toString(), "--anchor", "60.17,24.94").code());
    assertEquals(2, CliTest.run("export", example, "--format", "geojson", "--out", tmp.resolve("x.geojson").toString(), "--anchor", "95,0").code());
    assertEquals(2, CliTest.run("export", example, "--format", "kml", "--out", tmp.resolve("x.kml").toString()).code());
  }
}
