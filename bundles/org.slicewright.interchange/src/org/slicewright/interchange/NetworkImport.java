package org.slicewright.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slicewright.interchange.csv.InventoryCsv;
import org.slicewright.interchange.graphml.GraphMl;
import org.slicewright.interchange.n2p.Net2Plan;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.ProgressMonitor;

/**
 * Reads a network from an interchange file into a new scenario, with the report of what was
 * imported, guessed, defaulted and dropped. Reading is all in memory: a file that is wrong anywhere
 * is refused with where, and nothing is written.
 */
public final class NetworkImport {
  /** A new scenario and what its import decided. */
  public record Imported(Scenario scenario, MappingReport report) {
  }

  private NetworkImport() {
  }

  /**
   * Imports {@code file} (its format from its extension).
   *
   * @param links for a CSV inventory, its {@code links.csv} ({@code null}: the {@code links.csv} beside it, if any)
   */
  public static Imported read(Path file, Path links, ProgressMonitor monitor) throws IOException, ImportException {
    NetworkFormat format;
    try {
      format = NetworkFormat.ofFile(file);
    } catch (IllegalArgumentException e) {
      throw new ImportException(SourceLocation.of(file.getFileName().toString(), 0), e.getMessage());
    }
    if (!format.importable()) throw new ImportException(SourceLocation.of(file.getFileName().toString(), 0), format.extension() + " files are written for maps, not read");
    MappingReport report = new MappingReport();
    monitor.begin("Reading " + file.getFileName(), 1);
    NetworkFile read = switch (format) {
      case CSV -> {
        Path l = links != null ? links : file.resolveSibling("links.csv");
        List<LinkRecord> ls = links != null || l.toFile().isFile() ? InventoryCsv.readLinks(l, report) : List.of();
        yield new NetworkFile(null, InventoryCsv.readSites(file, report), ls);
      }
      case GRAPHML -> GraphMl.read(file, report);
      case N2P -> Net2Plan.read(file, report);
      case GEOJSON -> throw new IllegalStateException("not importable");
    };
    if (monitor.isCanceled()) throw ImportException.cancelled(file.getFileName().toString());
    String base = baseName(file);
    String name = read.name() == null || read.name().isBlank() ? base : read.name();
    Scenario s = NetworkAssembly.assemble(idOf(base), name, read.nodes(), read.links(), report, monitor);
    s.setDescription("Imported from " + file.getFileName() + " (" + format.extension() + ").");
    return new Imported(s, report);
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** A scenario id from a file name: lower case, letters, digits and hyphens. */
  static String idOf(String base) {
    String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return id.isEmpty() ? "imported" : id;
  }
}
