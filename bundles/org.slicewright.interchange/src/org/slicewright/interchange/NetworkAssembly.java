package org.slicewright.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slicewright.interchange.MappingReport.Action;
import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.NodeKindDefaults;
import org.slicewright.model.util.ScenarioIds;
import org.slicewright.model.util.Problem;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.model.util.ExactNumbers;

/**
 * Turns the nodes and links a file holds into a new scenario, deciding what the file leaves open and
 * recording each decision in a {@link MappingReport}:
 * <ul>
 * <li>a node without a kind gets one from its label ("... data center": cloud), else from its degree:
 * the best-connected node is the cloud, nodes in the top tenth by degree (at least 3 links) edge
 * servers, the rest macro base stations (a published backbone's points of presence);</li>
 * <li>capacities a node lacks come from {@link NodeKindDefaults}, as for a node drawn from the palette;</li>
 * <li>geographic positions stay in the model (WGS84) and are projected to metres around the
 * network's centre for drawing; a link without a latency gets the fibre delay of its length, or of the
 * great-circle distance between its ends, else the model's 1 ms;</li>
 * <li>self-loops are dropped (the model has none).</li>
 * </ul>
 * Everything that makes the network invalid (a duplicate id, a link to an unknown node, a file mixing
 * WGS84 and planar positions) is refused with the place in the file, before anything is written.
 */
public final class NetworkAssembly {
  private static final TopologyFactory T = TopologyFactory.eINSTANCE;

  private NetworkAssembly() {
  }

  /** The scenario {@code id} holding the network of {@code nodes} and {@code links}. */
  public static Scenario assemble(String id, String name, List<NodeRecord> nodes, List<LinkRecord> links, MappingReport report, ProgressMonitor monitor)
      throws ImportException {
    monitor.begin("Building the network", nodes.size() + links.size());
    Map<String, NodeRecord> byId = new LinkedHashMap<>();
    for (NodeRecord n : nodes) {
      if (n.id() == null || n.id().isBlank()) throw new ImportException(n.where(), "node without an id");
      NodeRecord before = byId.putIfAbsent(n.id(), n);
      if (before != null) throw new ImportException(n.where(), "node id '" + n.id() + "' is used twice (first at " + before.where() + ")");
    }
    checkPositions(nodes);
    List<LinkRecord> kept = new ArrayList<>(links.size());
    for (LinkRecord l : links) {
      for (String end : new String[] { l.source(), l.target() }) {
        if (!byId.containsKey(end)) throw new ImportException(l.where(), "link '" + l.id() + "' names unknown node '" + end + "'");
      }
      if (l.source().equals(l.target())) {
        report.add(Action.DROPPED, "self-loop (a link from a node to itself)", l.id());
      } else {
        kept.add(l);
      }
    }
    List<NodeRecord> typed = KindGuess.complete(new ArrayList<>(byId.values()), kept, report);
    Scenario s = EmptyScenario.create(id, name);
    Network net = s.getNetwork();
    Wgs84.Projection projection = projection(typed);
    checkExtent(typed, projection);
    // Ids are unique across the whole scenario, but a file's site and link ids need only differ from
    // their own kind's (the Topology Zoo numbers nodes and edges both from 0; an inventory may name a
    // site like the node on it).
    Set<String> used = ScenarioIds.used(s);
    used.addAll(byId.keySet());
    Map<String, Node> made = new HashMap<>();
    Map<String, Site> sites = new HashMap<>();
    for (NodeRecord r : typed) {
      Node n = node(r, report);
      n.setSite(site(r, sites, used, projection, net, report));
      net.getNodes().add(n);
      made.put(r.id(), n);
      tick(monitor);
    }
    for (LinkRecord r : kept) {
      String linkId;
      if (r.id() == null || r.id().isBlank()) {
        linkId = ScenarioIds.fresh(used, "link-" + r.source() + "-" + r.target(), "");
        report.add(Action.GUESSED, "link id made from its ends (the file gives none)", linkId);
      } else if (used.contains(r.id())) {
        linkId = ScenarioIds.fresh(used, "link-" + r.id(), "");
        report.add(Action.GUESSED, "link id prefixed with 'link-' (the file uses it for a node too, or twice)", linkId);
      } else {
        linkId = r.id();
        used.add(linkId);
      }
      net.getLinks().add(link(linkId, r, made, report));
      tick(monitor);
    }
    report.add(Action.IMPORTED, typed.size() + " nodes and " + kept.size() + " links", null);
    if (projection != null) placeAsOnAMap(net, report);
    List<Problem> errors = ModelValidator.validate(s).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      String file = nodes.isEmpty() ? "input" : nodes.get(0).where().file();
      throw new ImportException(SourceLocation.of(file, 0), "the imported network is not valid: " + errors.subList(0, Math.min(3, errors.size()))
          + (errors.size() > 3 ? " and " + (errors.size() - 3) + " more" : ""));
    }
    return s;
  }

  /** A file gives WGS84 positions or planar ones, not both: mixing them has no common frame to draw in. */
  private static void checkPositions(List<NodeRecord> nodes) throws ImportException {
    NodeRecord geo = null, planar = null;
    for (NodeRecord n : nodes) {
      if ((n.latitude() == null) != (n.longitude() == null)) throw new ImportException(n.where(), "node '" + n.id() + "' has a latitude or a longitude, not both");
      if ((n.x() == null) != (n.y() == null)) throw new ImportException(n.where(), "node '" + n.id() + "' has x or y, not both");
      if (n.geographic() && geo == null) geo = n;
      if (n.planar() && !n.geographic() && planar == null) planar = n;
    }
    if (geo != null && planar != null) {
      throw new ImportException(planar.where(), "node '" + planar.id() + "' has only x/y while node '" + geo.id() + "' (" + geo.where()
          + ") has latitude/longitude; give every node the same kind of position");
    }
  }

  /** Centred on the geographic nodes' mean position (a circular mean of longitudes, for networks across 180 degrees). */
  private static Wgs84.Projection projection(List<NodeRecord> nodes) {
    double lat = 0, sin = 0, cos = 0;
    int n = 0;
    for (NodeRecord r : nodes) {
      if (!r.geographic()) continue;
      lat += r.latitude();
      sin += Math.sin(Math.toRadians(r.longitude()));
      cos += Math.cos(Math.toRadians(r.longitude()));
      n++;
    }
    return n == 0 ? null : new Wgs84.Projection(lat / n, Math.toDegrees(Math.atan2(sin, cos)));
  }

  private static Node node(NodeRecord r, MappingReport report) {
    Node n = T.createNode();
    n.setId(r.id());
    n.setName(r.name() == null || r.name().isBlank() ? r.id() : r.name());
    n.setKind(r.kind());
    NodeKindDefaults d = NodeKindDefaults.of(r.kind());
    boolean anyGiven = r.compute() != null || r.memory() != null || r.storage() != null || r.accelerator() != null;
    if (!anyGiven && !d.hasResources()) return n; // an end device the file gives nothing for: none, as when drawn
    NodeResources res = T.createNodeResources();
    if (!anyGiven) {
      // One line for the usual case, a file without capacities: the kind's four defaults.
      res.setCompute(d.compute());
      res.setMemory(d.memory());
      res.setStorage(d.storage());
      res.setAccelerator(d.accelerator());
      report.add(Action.DEFAULTED, String.format(Locale.ROOT, "capacities of kind %s (%s GFLOP/s, %s GB memory, %s GB storage, %s TOPS)", r.kind(),
          ExactNumbers.text(d.compute()), ExactNumbers.text(d.memory()), ExactNumbers.text(d.storage()), ExactNumbers.text(d.accelerator())), r.id());
    } else {
      res.setCompute(value(r.compute(), d.compute(), "compute", r, report));
      res.setMemory(value(r.memory(), d.memory(), "memory", r, report));
      res.setStorage(value(r.storage(), d.storage(), "storage", r, report));
      res.setAccelerator(value(r.accelerator(), d.accelerator(), "accelerator", r, report));
    }
    n.setResources(res);
    n.setAcceleratorKind(r.acceleratorKind() != null ? r.acceleratorKind() : r.accelerator() == null ? d.acceleratorKind() : n.getAcceleratorKind());
    return n;
  }

  private static double value(Double given, double fallback, String what, NodeRecord r, MappingReport report) {
    if (given != null) return given;
    report.add(Action.DEFAULTED, what + " of kind " + r.kind() + " (" + ExactNumbers.text(fallback) + ")", r.id());
    return fallback;
  }

  /**
   * The node's site: the one the file names (shared by the nodes that name it; the first of them gives
   * its position), else one of its own. A site id another element already has gets a suffix.
   */
  private static Site site(NodeRecord r, Map<String, Site> sites, Set<String> used, Wgs84.Projection projection, Network net, MappingReport report) {
    String key = r.site() != null ? r.site() : r.id() + "-site";
    Site s = sites.get(key);
    if (s != null) {
      if (r.geographic() && (s.getLatitude() != r.latitude() || s.getLongitude() != r.longitude()) || r.planar() && !r.geographic() && (s.getX() != r.x() || s.getY() != r.y())) {
        report.add(Action.DROPPED, "a node's own position, where its shared site already has another (the site's first node gives it)", r.id());
      }
      return s;
    }
    if (!r.geographic() && !r.planar()) {
      report.add(Action.DEFAULTED, "no position in the file: the diagram lays the node out", r.id());
      return null;
    }
    s = T.createSite();
    String siteId = used.contains(key) ? ScenarioIds.fresh(used, key, "-site") : ScenarioIds.fresh(used, key, "");
    if (!siteId.equals(key) && r.site() != null) report.add(Action.GUESSED, "site id given a suffix (the file uses it for a node too)", siteId);
    s.setId(siteId);
    s.setName(r.site() != null ? r.site() : siteId);
    if (r.geographic()) {
      s.setGeographic(true);
      s.setLatitude(r.latitude());
      s.setLongitude(r.longitude());
      s.setX(projection.x(r.latitude(), r.longitude()));
      s.setY(projection.y(r.latitude(), r.longitude()));
    } else {
      s.setX(r.x());
      s.setY(r.y());
    }
    sites.put(key, s);
    net.getSites().add(s);
    return s;
  }

  /**
   * Geographic nodes are drawn where they are, north up: their projected positions scaled so the
   * larger side of the network spans {@code max(1 200, 220 sqrt(n))} diagram units, which leaves room
   * for the nodes' boxes at the diagram's default zoom. Nodes without a position are left to the layout.
   */
  private static void placeAsOnAMap(Network net, MappingReport report) {
    double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
    int placed = 0;
    for (Node n : net.getNodes()) {
      if (n.getSite() == null || !n.getSite().isGeographic()) continue;
      minX = Math.min(minX, n.getSite().getX());
      maxX = Math.max(maxX, n.getSite().getX());
      minY = Math.min(minY, n.getSite().getY());
      maxY = Math.max(maxY, n.getSite().getY());
      placed++;
    }
    double extent = Math.max(1200, 220 * Math.sqrt(placed));
    double scale = extent / Math.max(1, Math.max(maxX - minX, maxY - minY));
    for (Node n : net.getNodes()) {
      if (n.getSite() == null || !n.getSite().isGeographic()) continue;
      double[] size = TopologyLayout.size(n.getKind());
      n.setDiagramX((n.getSite().getX() - minX) * scale);
      n.setDiagramY((maxY - n.getSite().getY()) * scale);
      n.setDiagramWidth(size[0]);
      n.setDiagramHeight(size[1]);
    }
    report.add(Action.IMPORTED, "positions drawn as on a map, north up (" + placed + " nodes)", null);
  }

  /** The drawing's projection must stay within the model's planar range (10 000 km from the centre). */
  private static void checkExtent(List<NodeRecord> nodes, Wgs84.Projection projection) throws ImportException {
    if (projection == null) return;
    for (NodeRecord r : nodes) {
      if (!r.geographic()) continue;
      double x = projection.x(r.latitude(), r.longitude()), y = projection.y(r.latitude(), r.longitude());
      if (Math.abs(x) > 1e7 || Math.abs(y) > 1e7) {
        throw new ImportException(r.where(), String.format(Locale.ROOT, "node '%s' lies %.0f km east-west and %.0f km north-south of the network's centre; "
            + "the drawing covers 10 000 km from it: import one region at a time", r.id(), Math.abs(x) / 1000, Math.abs(y) / 1000));
      }
    }
  }

  private static Link link(String id, LinkRecord r, Map<String, Node> made, MappingReport report) {
    Link l = T.createLink();
    l.setId(id);
    l.setName(id);
    Node a = made.get(r.source()), b = made.get(r.target());
    l.setSource(a);
    l.setTarget(b);
    if (r.bandwidthMbps() != null) {
      l.setBandwidthMbps(r.bandwidthMbps());
    } else {
      report.add(Action.DEFAULTED, "bandwidth (" + l.getBandwidthMbps() + " Mbit/s)", id);
    }
    if (r.latencyMeanMs() != null) {
      l.setLatencyMeanMs(r.latencyMeanMs());
    } else if (r.lengthKm() != null) {
      l.setLatencyMeanMs(Wgs84.fibreLatencyMs(r.lengthKm()));
      report.add(Action.DEFAULTED, "latency from the link's length (fibre, " + Wgs84.FIBRE_KM_PER_MS + " km/ms)", id);
    } else if (a.getSite() != null && b.getSite() != null && a.getSite().isGeographic() && b.getSite().isGeographic()) {
      double km = Wgs84.distanceKm(a.getSite().getLatitude(), a.getSite().getLongitude(), b.getSite().getLatitude(), b.getSite().getLongitude());
      l.setLatencyMeanMs(Wgs84.fibreLatencyMs(km));
      report.add(Action.DEFAULTED, "latency from the great-circle distance of its ends (fibre, " + Wgs84.FIBRE_KM_PER_MS + " km/ms)", id);
    } else {
      report.add(Action.DEFAULTED, "latency (" + l.getLatencyMeanMs() + " ms; no length or geographic ends)", id);
    }
    if (r.latencyStdMs() != null) l.setLatencyStdMs(r.latencyStdMs());
    LatencyDistribution dist = r.distribution();
    if (dist != null) l.setLatencyDistribution(dist);
    return l;
  }

  private static void tick(ProgressMonitor monitor) throws ImportException {
    if (monitor.isCanceled()) throw ImportException.cancelled("import");
    monitor.worked(1);
  }
}
