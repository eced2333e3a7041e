package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.slicewright.interchange.NetworkExport;
import org.slicewright.interchange.NetworkFormat;
import org.slicewright.interchange.Wgs84;
import org.slicewright.model.scenario.Scenario;

/**
 * {@code export SCENARIO --format csv|graphml|n2p|geojson --out PATH [--anchor LAT,LON]}: writes the
 * scenario's network in another tool's format (CSV: a folder with {@code sites.csv} and
 * {@code links.csv}); GeoJSON carries results and needs an anchor for a planar network.
 */
final class ExportCommand implements Command {
  private final PrintStream out;

  ExportCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String synopsis() {
    return "SCENARIO --format csv|graphml|n2p|geojson --out PATH [--anchor LAT,LON]";
  }

  @Override
  public String summary() {
    return "the network for other tools; GeoJSON with results, for maps";
  }

  @Override
  public Set<String> options() {
    return Set.of("format", "out", "anchor");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    if (a.value("format") == null) throw new UsageException("missing --format csv|graphml|n2p|geojson");
    NetworkFormat format;
    try {
      format = NetworkFormat.named(a.value("format"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (a.value("out") == null) throw new UsageException("missing --out PATH");
    Path target = a.path(a.value("out"));
    Wgs84.Projection anchor = anchor(a.value("anchor"));
    Scenario s = ScenarioInput.loadValid(file);
    List<Path> written;
    try {
      written = NetworkExport.write(s, format, target, anchor);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot write " + target + ": " + e.getMessage());
    }
    out.println(file + ": " + s.getNetwork().getNodes().size() + " nodes, " + s.getNetwork().getLinks().size() + " links -> " + written);
    return ExitCodes.OK;
  }

  /** {@code LAT,LON} in WGS84 degrees, or {@code null}. */
  static Wgs84.Projection anchor(String text) throws UsageException {
    if (text == null) return null;
    String[] p = text.split(",");
    try {
      if (p.length != 2) throw new NumberFormatException();
      double lat = Double.parseDouble(p[0].strip()), lon = Double.parseDouble(p[1].strip());
      if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) throw new NumberFormatException();
      return new Wgs84.Projection(lat, lon);
    } catch (NumberFormatException e) {
      throw new UsageException("--anchor needs LAT,LON in degrees (latitude in [-90, 90], longitude in [-180, 180]), not '" + text + "'");
    }
  }
}
