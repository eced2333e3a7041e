package org.slicewright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.Site;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.Problem;
import org.slicewright.sim.ProgressMonitor;

/**
 * A research topology in the Internet Topology Zoo's GraphML (written here, 60 points of presence
 * across Europe, with the Zoo's keys and its habits: speeds as raw bit/s, as a speed and a unit, or
 * only in a label; extra keys such as Country) opens in one step, with every guess reported.
 */
class TopologyZooTest {
  @TempDir
  Path tmp;

  static String zoo(int nodes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("""
        <?xml version="1.0" encoding="utf-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <key attr.name="Network" attr.type="string" for="graph" id="d0" />
          <key attr.name="Country" attr.type="string" for="node" id="d29" />
          <key attr.name="Internal" attr.type="int" for="node" id="d30" />
          <key attr.name="Latitude" attr.type="double" for="node" id="d31" />
          <key attr.name="Longitude" attr.type="double" for="node" id="d32" />
          <key attr.name="label" attr.type="string" for="node" id="d33" />
          <key attr.name="LinkLabel" attr.type="string" for="edge" id="d34" />
          <key attr.name="LinkSpeed" attr.type="string" for="edge" id="d35" />
          <key attr.name="LinkSpeedUnits" attr.type="string" for="edge" id="d36" />
          <key attr.name="LinkSpeedRaw" attr.type="double" for="edge" id="d37" />
          <graph edgedefault="undirected">
            <data key="d0">EuroTest</data>
        """);
    for (int i = 0; i < nodes; i++) {
      String label = i == 7 ? "Frankfurt Data Center" : i == 11 ? "Lyon MEC" : "City " + i;
      b.append(String.format(Locale.ROOT, "    <node id=\"%d\"><data key=\"d29\">Country%d</data><data key=\"d30\">1</data>"
          + "<data key=\"d31\">%.6f</data><data key=\"d32\">%.6f</data><data key=\"d33\">%s</data></node>%n", i, i % 7, 40 + 15 * r.nextDouble(),
          -5 + 25 * r.nextDouble(), label));
    }
    // A ring, plus chords from a hub (node 0) and a few random links.
    int e = 0;
    for (int i = 0; i < nodes; i++) b.append(edge(e++, i, (i + 1) % nodes, i % 3));
    for (int i = 2; i < nodes; i += 5) b.append(edge(e++, 0, i, 0));
    return b.append("  </graph>\n</graphml>\n").toString();
  }

  private static String edge(int id, int a, int b, int style) {
    String data = switch (style) {
      case 0 -> "<data key=\"d37\">10000000000.0</data><data key=\"d34\">10 Gbps</data>";
      case 1 -> "<data key=\"d35\">2.5</data><data key=\"d36\">G</data>";
      default -> "<data key=\"d34\">OC-192 / 622 Mbps</data>";
    };
    return "    <edge source=\"" + a + "\" target=\"" + b + "\" id=\"" + id + "\">" + data + "</edge>\n";
  }

  @Test
  void aZooTopologyOpensInOneStep() throws Exception {
    Path file = tmp.resolve("EuroTest.graphml");
    Files.writeString(file, zoo(60, 7));
    NetworkImport.Imported imported = NetworkImport.read(file, null, ProgressMonitor.NONE);
    Scenario s = imported.scenario();
    assertEquals("EuroTest", s.getName());
    assertEquals(60, s.getNetwork().getNodes().size());
    assertEquals(60 + 12, s.getNetwork().getLinks().size());
    assertTrue(ModelValidator.validate(s).stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR));
    Node frankfurt = node(s, "7"), lyon = node(s, "11"), hub = node(s, "0");
    assertEquals(NodeKind.CLOUD, frankfurt.getKind(), "from its label");
    assertEquals(NodeKind.EDGE_SERVER, lyon.getKind(), "from its label");
    assertEquals(NodeKind.EDGE_SERVER, hub.getKind(), "best connected, but a cloud was named, so an edge server by degree");
    assertTrue(frankfurt.getSite().isGeographic());
    // Speeds: raw bit/s, speed + unit, or from the label.
    assertEquals(10_000, link(s, "link-0").getBandwidthMbps(), 1e-9);
    assertEquals(2_500, link(s, "link-1").getBandwidthMbps(), 1e-9);
    assertEquals(622, link(s, "link-2").getBandwidthMbps(), 1e-9);
    // No latency in the file: the fibre delay of the great-circle distance.
    Link l = link(s, "link-0");
    double km = Wgs84.distanceKm(l.getSource().getSite().getLatitude(), l.getSource().getSite().getLongitude(), l.getTarget().getSite().getLatitude(),
        l.getTarget().getSite().getLongitude());
    assertEquals(km / 200, l.getLatencyMeanMs(), 1e-12);
    // The drawing's projection is exact north-south (metres of latitude) and scales east-west by the
    // cosine of the centre's latitude.
    Site a = l.getSource().getSite(), b = l.getTarget().getSite();
    assertEquals(Wgs84.EARTH_RADIUS_M * Math.toRadians(a.getLatitude() - b.getLatitude()), a.getY() - b.getY(), 1e-6);
    double centre = a.getLatitude() - Math.toDegrees(a.getY() / Wgs84.EARTH_RADIUS_M);
    assertEquals(Wgs84.EARTH_RADIUS_M * Math.toRadians(a.getLongitude() - b.getLongitude()) * Math.cos(Math.toRadians(centre)), a.getX() - b.getX(), 1e-6);
    // Drawn as on a map, north up: the northernmost node at the top, the westernmost at the left.
    Node north = s.getNetwork().getNodes().stream().max((p, q) -> Double.compare(p.getSite().getLatitude(), q.getSite().getLatitude())).orElseThrow();
    Node west = s.getNetwork().getNodes().stream().min((p, q) -> Double.compare(p.getSite().getLongitude(), q.getSite().getLongitude())).orElseThrow();
    assertEquals(0, north.getDiagramY(), 1e-9);
    assertEquals(0, west.getDiagramX(), 1e-9);
    assertTrue(s.getNetwork().getNodes().stream().allMatch(n -> n.getDiagramWidth() > 0), "every node placed");
    String report = String.join("\n", imported.report().lines());
    assertTrue(report.contains("imported: positions drawn as on a map, north up (60 nodes)"), report);
    assertTrue(report.contains("dropped: node data 'country'"), report);
    assertTrue(report.contains("dropped: node data 'internal'"), report);
    assertTrue(report.contains("guessed: kind CLOUD from the label (1: 7)"), report);
    assertTrue(report.contains("guessed: bandwidth read from the link label"), report);
    assertTrue(report.contains("defaulted: latency from the great-circle distance"), report);
    assertTrue(report.contains("defaulted: capacities of kind MACRO_BS (500 GFLOP/s, 64 GB memory, 1000 GB storage, 0 TOPS)"), report);
    assertTrue(report.contains("guessed: link id prefixed with 'link-'"), report);
  }

  /** Without a named cloud, the best-connected node becomes the cloud. */
  @Test
  void theHubBecomesTheCloudWhenNoneIsNamed() throws Exception {
    Path file = tmp.resolve("plain.graphml");
    Files.writeString(file, zoo(60, 3).replace("Frankfurt Data Center", "Frankfurt"));
    Scenario s = NetworkImport.read(file, null, ProgressMonitor.NONE).scenario();
    assertEquals(NodeKind.CLOUD, node(s, "0").getKind());
    assertEquals(1, s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.CLOUD).count());
  }

  /** yEd writes its drawing inside GraphML data: such data is dropped by name, the rest imported; a city called "... DC" stays a city. */
  @Test
  void yEdDrawingsAreDroppedAndPlacesAreNotClouds() throws Exception {
    Path file = tmp.resolve("yed.graphml");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key for="node" id="d6" yfiles.type="nodegraphics"/>
          <key attr.name="label" attr.type="string" for="node" id="d7"/>
          <graph edgedefault="undirected">
            <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/></y:ShapeNode></data><data key="d7">Washington DC</data></node>
            <node id="n1"><data key="d7">Baltimore</data></node>
            <node id="n2"><data key="d7">Richmond</data></node>
            <edge source="n0" target="n1"/><edge source="n0" target="n2"/>
          </graph>
        </graphml>
        """);
    NetworkImport.Imported i = NetworkImport.read(file, null, ProgressMonitor.NONE);
    assertEquals("Washington DC", node(i.scenario(), "n0").getName());
    assertEquals(NodeKind.CLOUD, node(i.scenario(), "n0").getKind(), "the best-connected node, not the label, made it the cloud");
    String report = String.join("\n", i.report().lines());
    assertTrue(report.contains("guessed: kind CLOUD: the best-connected node"), report);
    assertTrue(report.contains("dropped: node data 'd6'"), report);
  }

  static Node node(Scenario s, String id) {
    return s.getNetwork().getNodes().stream().filter(n -> n.getId().equals(id)).findFirst().orElseThrow();
  }

  static Link link(Scenario s, String id) {
    return s.getNetwork().getLinks().stream().filter(n -> n.getId().equals(id)).findFirst().orElseThrow();
  }
}
