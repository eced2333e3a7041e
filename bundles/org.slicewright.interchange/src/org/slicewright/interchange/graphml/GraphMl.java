package org.slicewright.interchange.graphml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.slicewright.interchange.Xml;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ExactNumbers;

/**
 * GraphML networks, with the Internet Topology Zoo's conventions, so a published research topology
 * opens in one step: node data {@code label}, {@code Latitude}, {@code Longitude}; edge data
 * {@code LinkSpeedRaw} (bit/s), else {@code LinkSpeed} with {@code LinkSpeedUnits}, else a
 * {@code LinkLabel} such as "10 Gbps". Our own keys ({@code kind}, {@code compute}, {@code latency}...,
 * named as in the CSV inventory) carry what the Zoo has no word for, so a network we write reads back
 * identically. Other data is reported as dropped.
 */
public final class GraphMl {
  /** Stands for data made of elements (a drawing) rather than a value. */
  private static final String DRAWING = "\u0000drawing";
  private static final Pattern SPEED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)\\s*(?:bps|b/s|bit/s|bits?)", Pattern.CASE_INSENSITIVE);

  private GraphMl() {
  }

  /** A key declared in the file: its name and what it applies to. */
  private record Key(String name, String domain, String fallback) {
  }

  public static NetworkFile read(Path file, MappingReport report) throws IOException, ImportException {
    InputFiles.check(file);
    List<NodeRecord> nodes = new ArrayList<>();
    List<LinkRecord> links = new ArrayList<>();
    String name = null;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = Xml.reader(file, in);
      Map<String, Key> keys = new HashMap<>();
      boolean sawGraph = false;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
        switch (r.getLocalName()) {
          case "key" -> keys.put(r.getAttributeValue(null, "id"), key(r));
          case "graph" -> {
            if (sawGraph) throw new ImportException(Xml.at(file, r), "a second or nested graph; import one flat network per file");
            sawGraph = true;
          }
          case "data" -> {
            Key k = keys.get(r.getAttributeValue(null, "key"));
            String v = Xml.text(r);
            if (v != null && k != null && "graph".equals(k.domain()) && (k.name().equalsIgnoreCase("label") || k.name().equalsIgnoreCase("Network"))) name = v.strip();
          }
          case "node" -> nodes.add(node(file, r, keys, report));
          case "edge" -> links.add(edge(file, r, keys, report));
          case "hyperedge" -> throw new ImportException(Xml.at(file, r), "hyperedges are not supported");
          default -> {
          }
        }
      }
      if (!sawGraph) throw new ImportException(SourceLocation.of(file.getFileName().toString(), 1), "no <graph> element: not a GraphML network");
    } catch (XMLStreamException e) {
      throw Xml.malformed(file, e);
    } catch (Xml.Refused e) {
      throw e.asImportError();
    }
    return new NetworkFile(name, nodes, links);
  }

  private static Key key(XMLStreamReader r) throws XMLStreamException {
    String id = r.getAttributeValue(null, "id");
    String name = r.getAttributeValue(null, "attr.name");
    String domain = r.getAttributeValue(null, "for");
    String fallback = null;
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if ("default".equals(r.getLocalName())) {
          fallback = Xml.text(r);
        } else {
          depth++;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return new Key(name == null ? id : name, domain == null ? "all" : domain, fallback);
  }

  /** The data of the element the reader stands on, by lower-case key name, with the keys' defaults for its domain. */
  private static Map<String, String> data(Path file, XMLStreamReader r, Map<String, Key> keys, String domain) throws XMLStreamException, ImportException {
    Map<String, String> out = new HashMap<>();
    for (Key k : keys.values()) if (k.fallback() != null && (k.domain().equals(domain) || k.domain().equals("all"))) out.put(k.name().toLowerCase(Locale.ROOT), k.fallback());
    String element = r.getLocalName();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if ("graph".equals(r.getLocalName())) throw new ImportException(Xml.at(file, r), "a nested graph inside a " + element + "; import one flat network per file");
        if ("data".equals(r.getLocalName())) {
          String id = r.getAttributeValue(null, "key");
          Key k = keys.get(id);
          if (k == null) throw new ImportException(Xml.at(file, r), "data for undeclared key '" + id + "'");
          String v = Xml.text(r);
          // Drawing data (yEd's shapes) has elements, not a value: dropped, by key name.
          out.put(k.name().toLowerCase(Locale.ROOT), v == null ? DRAWING : v.strip());
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && element.equals(r.getLocalName())) {
        return out;
      }
    }
    return out;
  }

  private static NodeRecord node(Path file, XMLStreamReader r, Map<String, Key> keys, MappingReport report) throws XMLStreamException, ImportException {
    SourceLocation at = Xml.at(file, r);
    String id = r.getAttributeValue(null, "id");
    if (id == null || id.isBlank()) throw new ImportException(at, "a node without an id");
    Map<String, String> d = data(file, r, keys, "node");
    String kindText = d.remove("kind");
    NodeKind kind = NodeKindNames.parse(kindText);
    if (kindText != null && kind == null) throw new ImportException(at, "node '" + id + "': kind '" + kindText + "' is not a node kind");
    String label = d.remove("label");
    String name = d.remove("name");
    NodeRecord n = new NodeRecord(id, name != null ? name : label, kind, d.remove("site"), Values.number(d.remove("latitude"), -90, 90, "latitude", at),
        Values.number(d.remove("longitude"), -180, 180, "longitude", at), Values.number(d.remove("x"), -1e7, 1e7, "x", at),
        Values.number(d.remove("y"), -1e7, 1e7, "y", at), Values.number(d.remove("compute"), 0, 1e6, "compute (GFLOP/s)", at),
        Values.number(d.remove("memory"), 0, 1e6, "memory (GB)", at), Values.number(d.remove("storage"), 0, 1e9, "storage (GB)", at),
        Values.number(d.remove("accelerator"), 0, 1e6, "accelerator (TOPS)", at), Values.accelerator(d.remove("accelerator_kind"), at), at);
    for (String k : d.keySet()) report.add(Action.DROPPED, "node data '" + k + "' (no place in the model)", id);
    return n;
  }

  private static LinkRecord edge(Path file, XMLStreamReader r, Map<String, Key> keys, MappingReport report) throws XMLStreamException, ImportException {
    SourceLocation at = Xml.at(file, r);
    String id = r.getAttributeValue(null, "id"), source = r.getAttributeValue(null, "source"), target = r.getAttributeValue(null, "target");
    if (source == null || target == null) throw new ImportException(at, "an edge without a source or a target");
    Map<String, String> d = data(file, r, keys, "edge");
    String subject = id != null ? id : source + "-" + target;
    Double bandwidth = Values.number(d.remove("bandwidth"), 0, 1e7, "bandwidth (Mbit/s)", at);
    String raw = d.remove("linkspeedraw"), speed = d.remove("linkspeed"), units = d.remove("linkspeedunits"), label = d.remove("linklabel");
    if (bandwidth == null && raw != null) {
      bandwidth = Values.number(raw, 0, 1e13, "LinkSpeedRaw (bit/s)", at) / 1e6;
    } else if (bandwidth == null && speed != null) {
      bandwidth = Values.number(speed, 0, 1e13, "LinkSpeed", at) * unitMbps(units == null ? "" : units);
    } else if (bandwidth == null && label != null) {
      Matcher m = SPEED.matcher(label);
      if (m.find()) {
        bandwidth = Double.parseDouble(m.group(1)) * unitMbps(m.group(2));
        report.add(Action.GUESSED, "bandwidth read from the link label", subject);
      } else {
        report.add(Action.DROPPED, "link label without a speed", subject + " '" + label + "'");
      }
    }
    LinkRecord l = new LinkRecord(id, source, target, bandwidth == null ? null : Math.min(bandwidth, 1e7), Values.number(d.remove("latency"), 0, 60000, "latency (ms)", at),
        Values.number(d.remove("latency_std"), 0, 60000, "latency_std (ms)", at), Values.distribution(d.remove("distribution"), at), null, at);
    for (String k : d.keySet()) report.add(Action.DROPPED, "edge data '" + k + "' (no place in the model)", subject);
    return l;
  }

  /** Mbit/s per unit of a Zoo speed: "" bit/s, "K", "M", "G", "T". */
  private static double unitMbps(String unit) {
    return switch (unit.strip().toUpperCase(Locale.ROOT)) {
      case "K" -> 1e-3;
      case "M" -> 1;
      case "G" -> 1e3;
      case "T" -> 1e6;
      default -> 1e-6;
    };
  }

  /** The network as GraphML, with Zoo keys for position, name and speed, and ours for the rest. */
  public static String write(String name, NetworkRecords net) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("graphml");
      w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      String[][] nodeKeys = { { "label", "string" }, { "Latitude", "double" }, { "Longitude", "double" }, { "kind", "string" }, { "site", "string" },
          { "x", "double" }, { "y", "double" }, { "compute", "double" }, { "memory", "double" }, { "storage", "double" }, { "accelerator", "double" },
          { "accelerator_kind", "string" } };
      String[][] edgeKeys = { { "LinkSpeedRaw", "double" }, { "bandwidth", "double" }, { "latency", "double" }, { "latency_std", "double" },
          { "distribution", "string" } };
      key(w, "g0", "graph", "label", "string");
      for (int i = 0; i < nodeKeys.length; i++) key(w, "n" + i, "node", nodeKeys[i][0], nodeKeys[i][1]);
      for (int i = 0; i < edgeKeys.length; i++) key(w, "e" + i, "edge", edgeKeys[i][0], edgeKeys[i][1]);
      w.writeCharacters("\n  ");
      w.writeStartElement("graph");
      w.writeAttribute("edgedefault", "undirected");
      data(w, "g0", name, "    ");
      for (NodeRecord n : net.nodes()) {
        w.writeCharacters("\n    ");
        w.writeStartElement("node");
        w.writeAttribute("id", n.id());
        Object[] values = { n.name(), n.latitude(), n.longitude(), n.kind().name(), n.site(), n.x(), n.y(), n.compute(), n.memory(), n.storage(), n.accelerator(),
            n.acceleratorKind() == null ? null : n.acceleratorKind().name() };
        for (int i = 0; i < values.length; i++) data(w, "n" + i, values[i], "      ");
        w.writeCharacters("\n    ");
        w.writeEndElement();
      }
      for (LinkRecord l : net.links()) {
        w.writeCharacters("\n    ");
        w.writeStartElement("edge");
        w.writeAttribute("id", l.id());
        w.writeAttribute("source", l.source());
        w.writeAttribute("target", l.target());
        Object[] values = { l.bandwidthMbps() == null ? null : l.bandwidthMbps() * 1e6, l.bandwidthMbps(), l.latencyMeanMs(), l.latencyStdMs(),
            l.distribution() == null ? null : l.distribution().name() };
        for (int i = 0; i < values.length; i++) data(w, "e" + i, values[i], "      ");
        w.writeCharacters("\n    ");
        w.writeEndElement();
      }
      Xml.endDocument(w, 2);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing GraphML to a string failed", e);
    }
    return out.toString();
  }

  private static void key(XMLStreamWriter w, String id, String domain, String name, String type) throws XMLStreamException {
    w.writeCharacters("\n  ");
    w.writeEmptyElement("key");
    w.writeAttribute("id", id);
    w.writeAttribute("for", domain);
    w.writeAttribute("attr.name", name);
    w.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter w, String key, Object value, String indent) throws XMLStreamException {
    if (value == null) return;
    w.writeCharacters("\n" + indent);
    w.writeStartElement("data");
    w.writeAttribute("key", key);
    w.writeCharacters(value instanceof Double d ? ExactNumbers.text(d) : value.toString());
    w.writeEndElement();
  }
}
