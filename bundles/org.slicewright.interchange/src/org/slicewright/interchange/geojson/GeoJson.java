package org.slicewright.interchange.geojson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slicewright.interchange.LinkRecord;
import org.slicewright.interchange.NetworkRecords;
import org.slicewright.interchange.NodeRecord;
import org.slicewright.interchange.Wgs84;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.scenario.EdgeNodeResults;
import org.slicewright.model.util.ExactNumbers;

/**
 * Sites and links as GeoJSON (RFC 7946) for QGIS and web maps: a point per node and a line per link,
 * with the node's kind and capacities and its results as properties: the p95 latency, health and
 * utilisation of the scenario's last edge run, and the sub-pools it belongs to. Positions are WGS84;
 * a planar network is placed with an anchor (the position of its origin) the planner gives, because
 * a map position cannot be guessed from metres.
 */
public final class GeoJson {
  private GeoJson() {
  }

  /** Why a network cannot be written without an anchor, or {@code null} when it can. */
  public static String needsAnchor(NetworkRecords net) {
    boolean planar = net.nodes().stream().anyMatch(n -> n.x() != null);
    return planar ? "the network's positions are planar metres, not WGS84; give the map position of its origin (--anchor LAT,LON)" : null;
  }

  /**
   * The network as a GeoJSON FeatureCollection.
   *
   * @param anchor the map position of the planar origin, {@code null} for a geographic network
   */
  public static String write(Scenario scenario, NetworkRecords net, Wgs84.Projection anchor) {
    String why = anchor == null ? needsAnchor(net) : null;
    if (why != null) throw new IllegalArgumentException(why);
    Run edge = EdgeNodeResults.latest(scenario);
    Map<String, EdgeNodeResults.NodeResult> results = EdgeNodeResults.of(scenario, edge);
    Map<String, List<String>> subPools = subPools(scenario);
    Map<String, double[]> at = new HashMap<>();
    StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (NodeRecord n : net.nodes()) {
      double[] p = position(n, anchor);
      if (p != null) at.put(n.id(), p);
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("element", "node");
      props.put("id", n.id());
      props.put("name", n.name());
      props.put("kind", n.kind().name());
      props.put("site", n.site());
      props.put("compute_gflops", n.compute());
      props.put("memory_gb", n.memory());
      props.put("storage_gb", n.storage());
      props.put("accelerator_tops", n.accelerator());
      EdgeNodeResults.NodeResult r = results.get(n.id());
      if (r != null) {
        props.put("run_policy", edge.getPolicy());
        props.put("p95_ms", r.p95Ms());
        props.put("health", r.health());
        props.put("utilisation", r.utilisation());
      }
      props.put("sub_pools", subPools.getOrDefault(n.id(), List.of()));
      first = feature(b, first, p == null ? null : point(p), props);
    }
    for (LinkRecord l : net.links()) {
      double[] a = at.get(l.source()), c = at.get(l.target());
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("element", "link");
      props.put("id", l.id());
      props.put("source", l.source());
      props.put("target", l.target());
      props.put("bandwidth_mbps", l.bandwidthMbps());
      props.put("latency_ms", l.latencyMeanMs());
      props.put("latency_std_ms", l.latencyStdMs());
      props.put("distribution", l.distribution() == null ? null : l.distribution().name());
      String geometry = a == null || c == null ? null : "{\"type\":\"LineString\",\"coordinates\":[" + pair(a) + "," + pair(c) + "]}";
      first = feature(b, first, geometry, props);
    }
    return b.append("]}\n").toString();
  }

  /** [longitude, latitude] of a node, or {@code null} when it has no position. */
  private static double[] position(NodeRecord n, Wgs84.Projection anchor) {
    if (n.latitude() != null) return new double[] { n.longitude(), n.latitude() };
    if (n.x() != null && anchor != null) return new double[] { anchor.longitude(n.x(), n.y()), anchor.latitude(n.x(), n.y()) };
    return null;
  }

  /** Node id to the sub-pools it is a member of, named {@code secondary-pool/sub-pool}. */
  private static Map<String, List<String>> subPools(Scenario s) {
    Map<String, List<String>> out = new HashMap<>();
    for (SecondaryPool sp : s.getSecondaryPools()) {
      for (SubPool p : sp.getSubPools()) {
        for (VAP v : p.getMembers()) {
          if (v.getNode() != null) out.computeIfAbsent(v.getNode().getId(), k -> new ArrayList<>()).add(sp.getId() + "/" + p.getId());
        }
      }
    }
    return out;
  }

  private static String point(double[] p) {
    return "{\"type\":\"Point\",\"coordinates\":" + pair(p) + "}";
  }

  private static String pair(double[] p) {
    return "[" + ExactNumbers.text(p[0]) + "," + ExactNumbers.text(p[1]) + "]";
  }

  private static boolean feature(StringBuilder b, boolean first, String geometry, Map<String, Object> props) {
    if (!first) b.append(',');
    b.append("\n{\"type\":\"Feature\",\"geometry\":").append(geometry == null ? "null" : geometry).append(",\"properties\":{");
    boolean f = true;
    for (Map.Entry<String, Object> e : props.entrySet()) {
      if (!f) b.append(',');
      f = false;
      b.append(string(e.getKey())).append(':').append(value(e.getValue()));
    }
    b.append("}}");
    return false;
  }

  private static String value(Object v) {
    if (v == null) return "null";
    if (v instanceof Double d) return Double.isFinite(d) ? ExactNumbers.text(d) : "null";
    if (v instanceof List<?> l) {
      List<String> items = new ArrayList<>();
      for (Object o : l) items.add(value(o));
      return "[" + String.join(",", items) + "]";
    }
    return string(v.toString());
  }

  /** A JSON string literal. */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
