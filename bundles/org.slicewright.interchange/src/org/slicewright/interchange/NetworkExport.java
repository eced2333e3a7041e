package org.slicewright.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.slicewright.interchange.csv.InventoryCsv;
import org.slicewright.interchange.geojson.GeoJson;
import org.slicewright.interchange.graphml.GraphMl;
import org.slicewright.interchange.n2p.Net2Plan;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;

/**
 * Writes a scenario's network in an interchange format. Each file is replaced atomically (a reader
 * sees the old file or the new one), and everything is checked before the first file is written.
 */
public final class NetworkExport {
  private NetworkExport() {
  }

  /**
   * Writes the network; returns the files written.
   *
   * @param out the file to write, or for CSV the folder that gets {@code sites.csv} and {@code links.csv}
   * @param anchor GeoJSON of a planar network: the map position of its origin; else {@code null}
   */
  public static List<Path> write(Scenario scenario, NetworkFormat format, Path out, Wgs84.Projection anchor) throws IOException {
    if (scenario.getNetwork() == null) throw new IllegalArgumentException("the scenario has no network to export");
    // An export never replaces a scenario: a slip of the file name must not cost the planner their work.
    if (out.getFileName() != null && out.getFileName().toString().endsWith("." + ScenarioResources.FILE_EXTENSION)) {
      throw new IllegalArgumentException(out + " is a scenario file; export to a ." + format.extension() + (format == NetworkFormat.CSV ? " folder" : " file"));
    }
    NetworkRecords net = NetworkRecords.of(scenario.getNetwork());
    String name = scenario.getName() == null ? scenario.getId() : scenario.getName();
    return switch (format) {
      case CSV -> {
        Path sites = out.resolve("sites.csv"), links = out.resolve("links.csv");
        String s = InventoryCsv.sites(net), l = InventoryCsv.links(net);
        write(sites, s);
        write(links, l);
        yield List.of(sites, links);
      }
      case GRAPHML -> one(out, GraphMl.write(name, net));
      case N2P -> one(out, Net2Plan.write(name, net));
      case GEOJSON -> one(out, GeoJson.write(scenario, net, anchor)); // refuses a planar network without an anchor before writing
    };
  }

  private static List<Path> one(Path file, String text) throws IOException {
    write(file, text);
    return List.of(file);
  }

  private static void write(Path file, String text) throws IOException {
    ScenarioResources.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8), false);
  }
}
