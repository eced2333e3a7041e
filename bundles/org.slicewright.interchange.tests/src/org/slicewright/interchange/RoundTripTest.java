package org.slicewright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.ProgressMonitor;

/** Every importable format carries every shipped example's network there and back unchanged. */
class RoundTripTest {
  @TempDir
  Path tmp;

  @Test
  void everyExampleSurvivesEveryFormat() throws Exception {
    for (String name : Examples.names()) {
      Scenario s = Examples.load(name);
      NetworkRecords before = NetworkRecords.of(s.getNetwork());
      assertFalse(before.nodes().isEmpty(), name + " has nodes");
      for (NetworkFormat f : NetworkFormat.values()) {
        if (!f.importable()) continue;
        Path out = f == NetworkFormat.CSV ? tmp.resolve(name + "-csv") : tmp.resolve(name + "." + f.extension());
        List<Path> written = NetworkExport.write(s, f, out, null);
        NetworkImport.Imported back = NetworkImport.read(written.get(0), null, ProgressMonitor.NONE);
        NetworkRecords after = NetworkRecords.of(back.scenario().getNetwork());
        assertEquals(withoutLocations(before), withoutLocations(after), name + " through " + f);
        assertEquals(0, back.report().count(MappingReport.Action.GUESSED) + back.report().count(MappingReport.Action.DEFAULTED),
            name + " through " + f + " needed no guess: " + back.report().lines());
      }
    }
  }

  /** A geographic network keeps its WGS84 positions exactly through every format. */
  @Test
  void geographicPositionsSurvive() throws Exception {
    Path sites = tmp.resolve("sites.csv");
    Files.writeString(sites, "id,name,kind,latitude,longitude\nmad,Madrid,cloud,40.4188889,-3.6919444\nbcn,Barcelona,MEC,41.3825,2.1769444\n");
    Files.writeString(tmp.resolve("links.csv"), "source,target\nmad,bcn\n");
    Scenario s = NetworkImport.read(sites, null, ProgressMonitor.NONE).scenario();
    NetworkRecords before = NetworkRecords.of(s.getNetwork());
    assertEquals(40.4188889, before.nodes().get(0).latitude());
    for (NetworkFormat f : List.of(NetworkFormat.GRAPHML, NetworkFormat.N2P)) {
      Path out = tmp.resolve("geo." + f.extension());
      NetworkExport.write(s, f, out, null);
      assertEquals(withoutLocations(before), withoutLocations(NetworkRecords.of(NetworkImport.read(out, null, ProgressMonitor.NONE).scenario().getNetwork())), f.name());
    }
  }

  static NetworkRecords withoutLocations(NetworkRecords r) {
    return new NetworkRecords(r.nodes().stream().map(n -> new NodeRecord(n.id(), n.name(), n.kind(), n.site(), n.latitude(), n.longitude(), n.x(), n.y(),
        n.compute(), n.memory(), n.storage(), n.accelerator(), n.acceleratorKind(), null)).toList(),
        r.links().stream().map(l -> new LinkRecord(l.id(), l.source(), l.target(), l.bandwidthMbps(), l.latencyMeanMs(), l.latencyStdMs(), l.distribution(),
            l.lengthKm(), null)).toList());
  }
}
