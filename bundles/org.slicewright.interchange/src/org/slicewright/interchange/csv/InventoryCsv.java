package org.slicewright.interchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slicewright.interchange.ImportException;
import org.slicewright.interchange.InputFiles;
import org.slicewright.interchange.LinkRecord;
import org.slicewright.interchange.MappingReport;
import org.slicewright.interchange.MappingReport.Action;
import org.slicewright.interchange.NetworkRecords;
import org.slicewright.interchange.NodeKindNames;
import org.slicewright.interchange.NodeRecord;
import org.slicewright.interchange.SourceLocation;
import org.slicewright.interchange.Values;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ExactNumbers;

/**
 * A network as two CSV files an inventory system can export: {@code sites.csv}, one row per node,
 * and {@code links.csv}, one row per link. Columns (any order, any case; the first is required):
 * <ul>
 * <li>sites: {@code id}, {@code name}, {@code kind} (a {@code NodeKind} or an alias such as gNB, AP,
 * MEC, DC; empty to guess), {@code site} (nodes naming the same site share it), {@code latitude} and
 * {@code longitude} (WGS84 degrees) or {@code x} and {@code y} (metres), {@code compute} (GFLOP/s),
 * {@code memory} and {@code storage} (GB), {@code accelerator} (TOPS), {@code accelerator_kind};</li>
 * <li>links: {@code source} and {@code target} (node ids), {@code id}, {@code bandwidth} (Mbit/s),
 * {@code latency} (mean one-way, ms), {@code latency_std} (ms), {@code distribution}.</li>
 * </ul>
 * Unknown columns are reported and ignored; an unreadable value stops the import at its file, line
 * and column.
 */
public final class InventoryCsv {
  public static final List<String> SITE_COLUMNS = List.of("id", "name", "kind", "site", "latitude", "longitude", "x", "y", "compute", "memory", "storage",
      "accelerator", "accelerator_kind");
  public static final List<String> LINK_COLUMNS = List.of("id", "source", "target", "bandwidth", "latency", "latency_std", "distribution");
  private static final Set<String> SITE_ALIASES = Set.of("lat", "lon", "lng", "long", "acceleratorkind", "type");
  private static final Set<String> LINK_ALIASES = Set.of("from", "to", "bandwidth_mbps", "latency_ms", "latencystd", "latency_std_ms", "src", "dst");

  private InventoryCsv() {
  }

  public static List<NodeRecord> readSites(Path file, MappingReport report) throws IOException, ImportException {
    CsvTable t = table(file);
    int id = required(t, "id");
    int name = t.column("name"), kind = t.column("kind", "type"), site = t.column("site"), lat = t.column("latitude", "lat"),
        lon = t.column("longitude", "lon", "lng", "long"), x = t.column("x"), y = t.column("y"), compute = t.column("compute"), memory = t.column("memory"),
        storage = t.column("storage"), acc = t.column("accelerator"), accKind = t.column("accelerator_kind", "acceleratorkind");
    unknownColumns(t, SITE_COLUMNS, SITE_ALIASES, report);
    List<NodeRecord> out = new ArrayList<>(t.rows().size());
    for (CsvTable.Row r : t.rows()) {
      String kindText = t.cell(r, kind);
      NodeKind k = NodeKindNames.parse(kindText);
      if (kindText != null && k == null) throw new ImportException(t.at(r, kind), "kind '" + kindText + "' is not a node kind (one of " + List.of(NodeKind.values()) + ")");
      String nodeId = t.cell(r, id);
      if (nodeId == null) throw new ImportException(t.at(r, id), "empty id");
      out.add(new NodeRecord(nodeId, t.cell(r, name), k, t.cell(r, site), Values.number(t.cell(r, lat), -90, 90, "latitude", t.at(r, lat)),
          Values.number(t.cell(r, lon), -180, 180, "longitude", t.at(r, lon)), Values.number(t.cell(r, x), -1e7, 1e7, "x", t.at(r, x)),
          Values.number(t.cell(r, y), -1e7, 1e7, "y", t.at(r, y)), Values.number(t.cell(r, compute), 0, 1e6, "compute (GFLOP/s)", t.at(r, compute)),
          Values.number(t.cell(r, memory), 0, 1e6, "memory (GB)", t.at(r, memory)), Values.number(t.cell(r, storage), 0, 1e9, "storage (GB)", t.at(r, storage)),
          Values.number(t.cell(r, acc), 0, 1e6, "accelerator (TOPS)", t.at(r, acc)), Values.accelerator(t.cell(r, accKind), t.at(r, accKind)),
          SourceLocation.of(t.file(), r.line())));
    }
    return out;
  }

  public static List<LinkRecord> readLinks(Path file, MappingReport report) throws IOException, ImportException {
    CsvTable t = table(file);
    int source = required(t, "source", "from", "src"), target = required(t, "target", "to", "dst");
    int id = t.column("id"), bw = t.column("bandwidth", "bandwidth_mbps"), lat = t.column("latency", "latency_ms"),
        std = t.column("latency_std", "latencystd", "latency_std_ms"), dist = t.column("distribution");
    unknownColumns(t, LINK_COLUMNS, LINK_ALIASES, report);
    List<LinkRecord> out = new ArrayList<>(t.rows().size());
    for (CsvTable.Row r : t.rows()) {
      String a = t.cell(r, source), b = t.cell(r, target);
      if (a == null) throw new ImportException(t.at(r, source), "empty source");
      if (b == null) throw new ImportException(t.at(r, target), "empty target");
      out.add(new LinkRecord(t.cell(r, id), a, b, Values.number(t.cell(r, bw), 0, 1e7, "bandwidth (Mbit/s)", t.at(r, bw)),
          Values.number(t.cell(r, lat), 0, 60000, "latency (ms)", t.at(r, lat)), Values.number(t.cell(r, std), 0, 60000, "latency_std (ms)", t.at(r, std)),
          Values.distribution(t.cell(r, dist), t.at(r, dist)), null, SourceLocation.of(t.file(), r.line())));
    }
    return out;
  }

  /** {@code sites.csv}'s text. */
  public static String sites(NetworkRecords net) {
    StringBuilder b = new StringBuilder(String.join(",", SITE_COLUMNS)).append('\n');
    for (NodeRecord n : net.nodes()) {
      row(b, n.id(), n.name(), n.kind().name(), n.site(), n.latitude(), n.longitude(), n.x(), n.y(), n.compute(), n.memory(), n.storage(), n.accelerator(),
          n.acceleratorKind() == null ? null : n.acceleratorKind().name());
    }
    return b.toString();
  }

  /** {@code links.csv}'s text. */
  public static String links(NetworkRecords net) {
    StringBuilder b = new StringBuilder(String.join(",", LINK_COLUMNS)).append('\n');
    for (LinkRecord l : net.links()) {
      row(b, l.id(), l.source(), l.target(), l.bandwidthMbps(), l.latencyMeanMs(), l.latencyStdMs(), l.distribution() == null ? null : l.distribution().name());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) b.append(',');
      Object c = cells[i];
      if (c instanceof Double d) {
        b.append(ExactNumbers.text(d));
      } else if (c != null) {
        String s = c.toString();
        b.append(s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? '"' + s.replace("\"", "\"\"") + '"' : s);
      }
    }
    b.append('\n');
  }

  private static CsvTable table(Path file) throws IOException, ImportException {
    InputFiles.check(file);
    String name = file.getFileName().toString();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CsvTable.read(name, in);
    } catch (CharacterCodingException e) {
      throw new ImportException(SourceLocation.of(name, 0), "is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet) and import again");
    }
  }

  private static int required(CsvTable t, String... names) throws ImportException {
    int c = t.column(names);
    if (c < 0) throw new ImportException(SourceLocation.of(t.file(), 1), "no '" + names[0] + "' column; the header is " + t.header());
    return c;
  }

  private static void unknownColumns(CsvTable t, List<String> known, Set<String> aliases, MappingReport report) {
    Set<String> k = new HashSet<>(known);
    for (String h : t.header()) {
      String n = CsvTable.normal(h);
      if (!k.contains(n) && !aliases.contains(n)) report.add(Action.DROPPED, "unknown column of " + t.file() + " (ignored)", h);
    }
  }
}
