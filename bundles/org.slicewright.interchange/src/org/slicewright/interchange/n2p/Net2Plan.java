package org.slicewright.interchange.n2p;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.slicewright.interchange.ImportException;
import org.slicewright.interchange.InputFiles;
import org.slicewright.interchange.LinkRecord;
import org.slicewright.interchange.MappingReport;
import org.slicewright.interchange.MappingReport.Action;
import org.slicewright.interchange.NetworkFile;
import org.slicewright.interchange.NetworkRecords;
import org.slicewright.interchange.NodeKindNames;
import org.slicewright.interchange.NodeRecord;
import org.slicewright.interchange.SourceLocation;
import org.slicewright.interchange.Values;
import org.slicewright.interchange.Wgs84;
import org.slicewright.interchange.Xml;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ExactNumbers;

/**
 * Net2Plan design files ({@code .n2p}, the XML of Net2Plan 0.5+, format version 5 and later): nodes
 * with {@code xCoord}/{@code yCoord} and a name, links of the default layer with a capacity, a length
 * and a propagation speed, and {@code <attribute key value>} children.
 * <ul>
 * <li>Net2Plan links are one-way; a pair a-to-b and b-to-a with the same capacity and length becomes
 * one of our (two-way) links, and a one-way link alone becomes a two-way link, reported.</li>
 * <li>Net2Plan ids are numbers; ours travel as {@code slicewright.id} attributes (and kinds, capacities
 * and latencies as {@code slicewright.*}), so a design we write reads back identically. A link's
 * latency is otherwise its length over its propagation speed.</li>
 * <li>Coordinates: a file we write says whether they are WGS84 ({@code slicewright.coordinates}); in
 * another file they are read as longitude/latitude when every node lies within [-180, 180] x [-90,
 * 90] (Net2Plan's map view reads them so), else as planar metres, and the choice is reported.</li>
 * <li>Capacities are in the layer's {@code linkCapacityUnitsName} (Gbps when it is empty, Net2Plan's
 * usual unit, reported).</li>
 * </ul>
 */
public final class Net2Plan {
  static final String PREFIX = "slicewright.";

  private Net2Plan() {
  }

  /** A Net2Plan element as read: its attributes, its {@code <attribute>} children and where it starts. */
  private record Element(Map<String, String> attributes, Map<String, String> properties, SourceLocation at) {
    String get(String name) {
      return attributes.get(name);
    }
  }

  public static NetworkFile read(Path file, MappingReport report) throws IOException, ImportException {
    InputFiles.check(file);
    List<Element> nodes = new ArrayList<>();
    List<Element> links = new ArrayList<>();
    Element network = null;
    String units = null;
    boolean defaultLayerSeen = false;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = Xml.reader(file, in);
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
        switch (r.getLocalName()) {
          case "network" -> network = new Element(attributes(r), new HashMap<>(), Xml.at(file, r));
          case "node" -> nodes.add(element(file, r));
          case "layer" -> {
            boolean isDefault = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isDefaultLayer"));
            if (defaultLayerSeen || !isDefault) {
              report.add(Action.DROPPED, "a layer other than the default one (its links)", r.getAttributeValue(null, "name"));
              skip(r);
            } else {
              defaultLayerSeen = true;
              units = r.getAttributeValue(null, "linkCapacityUnitsName");
            }
          }
          case "link" -> links.add(element(file, r));
          case "attribute" -> {
            if (network != null) network.properties().put(r.getAttributeValue(null, "key"), r.getAttributeValue(null, "value"));
          }
          case "demand", "multicastDemand", "route", "forwardingRule", "srg", "resource", "multicastTree", "demandEntry" -> {
            report.add(Action.DROPPED, r.getLocalName() + " elements (traffic and routing have no place in the topology)", null);
            skip(r);
          }
          default -> {
          }
        }
      }
    } catch (XMLStreamException e) {
      throw Xml.malformed(file, e);
    } catch (Xml.Refused e) {
      throw e.asImportError();
    }
    if (network == null) throw new ImportException(SourceLocation.of(file.getFileName().toString(), 1), "no <network> element: not a Net2Plan design");
    boolean geographic = geographic(network, nodes, report);
    double capacityToMbps = capacityUnit(units, report);
    Map<String, String> ids = new HashMap<>();
    List<NodeRecord> nodeRecords = new ArrayList<>();
    for (Element e : nodes) nodeRecords.add(node(e, geographic, ids, report));
    return new NetworkFile(network.get("name"), nodeRecords, links(links, ids, capacityToMbps, report));
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    return a;
  }

  /** The element the reader stands on, with its {@code <attribute>} children; the reader ends on its end tag. */
  private static Element element(Path file, XMLStreamReader r) throws XMLStreamException {
    Element e = new Element(attributes(r), new HashMap<>(), Xml.at(file, r));
    String name = r.getLocalName();
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (depth == 1 && "attribute".equals(r.getLocalName())) e.properties().put(r.getAttributeValue(null, "key"), r.getAttributeValue(null, "value"));
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    assert name != null;
    return e;
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) depth++;
      else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
    }
  }

  private static boolean geographic(Element network, List<Element> nodes, MappingReport report) throws ImportException {
    String declared = network.properties().get(PREFIX + "coordinates");
    if (declared != null) return "wgs84".equalsIgnoreCase(declared);
    boolean inRange = !nodes.isEmpty();
    for (Element n : nodes) {
      Double x = Values.number(n.get("xCoord"), -1e7, 1e7, "xCoord", n.at()), y = Values.number(n.get("yCoord"), -1e7, 1e7, "yCoord", n.at());
      if (x == null || y == null || Math.abs(x) > 180 || Math.abs(y) > 90) inRange = false;
    }
    report.add(Action.GUESSED, inRange ? "coordinates read as WGS84 longitude/latitude (all within range)" : "coordinates read as planar metres", null);
    return inRange;
  }

  private static double capacityUnit(String units, MappingReport report) {
    String u = units == null ? "" : units.strip().toLowerCase(Locale.ROOT);
    return switch (u) {
      case "kbps" -> 1e-3;
      case "mbps" -> 1;
      case "tbps" -> 1e6;
      case "bps" -> 1e-6;
      case "gbps" -> 1e3;
      default -> {
        report.add(Action.GUESSED, "link capacities in Gbps (the layer names " + (u.isEmpty() ? "no unit" : "the unit '" + units + "'") + ")", null);
        yield 1e3;
      }
    };
  }

  private static NodeRecord node(Element e, boolean geographic, Map<String, String> ids, MappingReport report) throws ImportException {
    Map<String, String> p = e.properties();
    String n2pId = e.get("id");
    if (n2pId == null) throw new ImportException(e.at(), "a node without an id");
    String id = p.getOrDefault(PREFIX + "id", n2pId);
    ids.put(n2pId, id);
    String kindText = p.get(PREFIX + "kind");
    NodeKind kind = NodeKindNames.parse(kindText);
    if (kindText != null && kind == null) throw new ImportException(e.at(), "node '" + id + "': kind '" + kindText + "' is not a node kind");
    Double x = Values.number(e.get("xCoord"), -1e7, 1e7, "xCoord", e.at()), y = Values.number(e.get("yCoord"), -1e7, 1e7, "yCoord", e.at());
    for (String k : p.keySet()) if (!k.startsWith(PREFIX)) report.add(Action.DROPPED, "node attribute '" + k + "'", id);
    if ("none".equals(p.get(PREFIX + "position"))) x = y = null;
    return new NodeRecord(id, e.get("name"), kind, p.get(PREFIX + "site"), geographic ? y : null, geographic ? x : null, geographic ? null : x, geographic ? null : y,
        Values.number(p.get(PREFIX + "compute"), 0, 1e6, "compute", e.at()), Values.number(p.get(PREFIX + "memory"), 0, 1e6, "memory", e.at()),
        Values.number(p.get(PREFIX + "storage"), 0, 1e9, "storage", e.at()), Values.number(p.get(PREFIX + "accelerator"), 0, 1e6, "accelerator", e.at()),
        Values.accelerator(p.get(PREFIX + "acceleratorKind"), e.at()), e.at());
  }

  /**
   * One-way links paired into two-way ones: by our id when the file has it, else by reverse ends with
   * equal capacity and length; parallel links pair one to one, in file order.
   */
  private static List<LinkRecord> links(List<Element> links, Map<String, String> ids, double toMbps, MappingReport report) throws ImportException {
    List<LinkRecord> out = new ArrayList<>();
    Map<String, Deque<Element>> open = new HashMap<>();
    for (Element e : links) {
      String a = ids.get(e.get("originNodeId")), b = ids.get(e.get("destinationNodeId"));
      if (a == null || b == null) throw new ImportException(e.at(), "link " + e.get("id") + " names an unknown node");
      String ours = e.properties().get(PREFIX + "id");
      String reverse = ours != null ? "id:" + ours : b + "\u0000" + a + "\u0000" + e.get("capacity") + "\u0000" + e.get("lengthInKm");
      Deque<Element> waiting = open.get(reverse);
      if (waiting != null && !waiting.isEmpty()) {
        waiting.poll(); // the other direction of a link already kept
        continue;
      }
      open.computeIfAbsent(ours != null ? "id:" + ours : a + "\u0000" + b + "\u0000" + e.get("capacity") + "\u0000" + e.get("lengthInKm"), k -> new ArrayDeque<>()).add(e);
      out.add(link(e, a, b, ours, toMbps));
    }
    for (Deque<Element> q : open.values()) for (Element e : q) report.add(Action.GUESSED, "a one-way link without its reverse, imported as two-way", e.get("id"));
    return out;
  }

  private static LinkRecord link(Element e, String a, String b, String ours, double toMbps) throws ImportException {
    Map<String, String> p = e.properties();
    Double capacity = Values.number(e.get("capacity"), 0, 1e13, "capacity", e.at());
    Double lengthKm = Values.number(e.get("lengthInKm"), 0, 1e6, "lengthInKm", e.at());
    Double speed = Values.number(e.get("propagationSpeedInKmPerSecond"), 1, 1e9, "propagationSpeedInKmPerSecond", e.at());
    Double latency = Values.number(p.get(PREFIX + "latencyMeanMs"), 0, 60000, "latency", e.at());
    if (latency == null && lengthKm != null && speed != null) latency = lengthKm / speed * 1000;
    Double bandwidth = Values.number(p.get(PREFIX + "bandwidthMbps"), 0, 1e7, "bandwidth", e.at());
    if (bandwidth == null && capacity != null) bandwidth = Math.min(1e7, capacity * toMbps);
    return new LinkRecord(ours, a, b, bandwidth, latency == null ? null : Math.min(latency, 60000), Values.number(p.get(PREFIX + "latencyStdMs"), 0, 60000, "latency std", e.at()),
        Values.distribution(p.get(PREFIX + "distribution"), e.at()), latency == null ? lengthKm : null, e.at());
  }

  /** The network as a Net2Plan design: every link both ways in the default layer, capacities in Mbps. */
  public static String write(String name, NetworkRecords net) {
    boolean anyGeo = net.nodes().stream().anyMatch(n -> n.latitude() != null), anyPlanar = net.nodes().stream().anyMatch(n -> n.x() != null);
    // One coordinate system per design: Net2Plan has no way to say which nodes are on the map.
    if (anyGeo && anyPlanar) throw new IllegalArgumentException("the network mixes map (WGS84) and planar sites; a Net2Plan design holds one kind: give every node the same kind of position first");
    boolean geographic = anyGeo;
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("network");
      w.writeAttribute("name", name == null ? "" : name);
      w.writeAttribute("description", "Exported by Slicewright");
      w.writeAttribute("version", "5");
      long next = 1;
      Map<String, Long> ids = new HashMap<>();
      attribute(w, PREFIX + "coordinates", geographic ? "wgs84" : "planar", "  ");
      for (NodeRecord n : net.nodes()) {
        long id = next++;
        ids.put(n.id(), id);
        w.writeCharacters("\n  ");
        w.writeStartElement("node");
        w.writeAttribute("id", Long.toString(id));
        w.writeAttribute("xCoord", ExactNumbers.text(geographic ? orZero(n.longitude()) : orZero(n.x())));
        w.writeAttribute("yCoord", ExactNumbers.text(geographic ? orZero(n.latitude()) : orZero(n.y())));
        w.writeAttribute("name", n.name() == null ? n.id() : n.name());
        w.writeAttribute("isUp", "true");
        attribute(w, PREFIX + "id", n.id(), "    ");
        if (n.latitude() == null && n.x() == null) attribute(w, PREFIX + "position", "none", "    ");
        attribute(w, PREFIX + "kind", n.kind().name(), "    ");
        attribute(w, PREFIX + "site", n.site(), "    ");
        attribute(w, PREFIX + "compute", n.compute(), "    ");
        attribute(w, PREFIX + "memory", n.memory(), "    ");
        attribute(w, PREFIX + "storage", n.storage(), "    ");
        attribute(w, PREFIX + "accelerator", n.accelerator(), "    ");
        attribute(w, PREFIX + "acceleratorKind", n.acceleratorKind() == null ? null : n.acceleratorKind().name(), "    ");
        w.writeCharacters("\n  ");
        w.writeEndElement();
      }
      w.writeCharacters("\n  ");
      w.writeStartElement("layer");
      w.writeAttribute("id", Long.toString(next++));
      w.writeAttribute("name", "");
      w.writeAttribute("isDefaultLayer", "true");
      w.writeAttribute("linkCapacityUnitsName", "Mbps");
      w.writeAttribute("demandTrafficUnitsName", "Mbps");
      for (LinkRecord l : net.links()) {
        for (boolean forward : new boolean[] { true, false }) {
          w.writeCharacters("\n    ");
          w.writeStartElement("link");
          w.writeAttribute("id", Long.toString(next++));
          w.writeAttribute("originNodeId", Long.toString(ids.get(forward ? l.source() : l.target())));
          w.writeAttribute("destinationNodeId", Long.toString(ids.get(forward ? l.target() : l.source())));
          w.writeAttribute("capacity", ExactNumbers.text(l.bandwidthMbps()));
          // Net2Plan's delay is length over speed: the length that gives our mean latency at fibre speed.
          w.writeAttribute("lengthInKm", ExactNumbers.text(l.latencyMeanMs() * Wgs84.FIBRE_KM_PER_MS));
          w.writeAttribute("propagationSpeedInKmPerSecond", ExactNumbers.text(Wgs84.FIBRE_KM_PER_MS * 1000));
          w.writeAttribute("isUp", "true");
          attribute(w, PREFIX + "id", l.id(), "      ");
          attribute(w, PREFIX + "bandwidthMbps", l.bandwidthMbps(), "      ");
          attribute(w, PREFIX + "latencyMeanMs", l.latencyMeanMs(), "      ");
          attribute(w, PREFIX + "latencyStdMs", l.latencyStdMs(), "      ");
          attribute(w, PREFIX + "distribution", l.distribution() == null ? null : l.distribution().name(), "      ");
          w.writeCharacters("\n    ");
          w.writeEndElement();
        }
      }
      Xml.endDocument(w, 2);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing a Net2Plan design to a string failed", e);
    }
    return out.toString();
  }

  private static double orZero(Double v) {
    return v == null ? 0 : v;
  }

  private static void attribute(XMLStreamWriter w, String key, Object value, String indent) throws XMLStreamException {
    if (value == null) return;
    w.writeCharacters("\n" + indent);
    w.writeEmptyElement("attribute");
    w.writeAttribute("key", key);
    w.writeAttribute("value", value instanceof Double d ? ExactNumbers.text(d) : value.toString());
  }
}
