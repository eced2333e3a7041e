package org.slicewright.interchange;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The interchange formats, by the extension of their files. */
public enum NetworkFormat {
  /** An inventory: {@code sites.csv} with {@code links.csv}. */
  CSV("csv", true),
  /** GraphML, with the Internet Topology Zoo's conventions. */
  GRAPHML("graphml", true),
  /** A Net2Plan design. */
  N2P("n2p", true),
  /** GeoJSON with results, for maps; export only (it has no place for capacities a planner would edit). */
  GEOJSON("geojson", false);

  private final String extension;
  private final boolean importable;

  NetworkFormat(String extension, boolean importable) {
    this.extension = extension;
    this.importable = importable;
  }

  public String extension() {
    return extension;
  }

  public boolean importable() {
    return importable;
  }

  /** The format a file's extension names. */
  public static NetworkFormat ofFile(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (NetworkFormat f : values()) if (n.endsWith("." + f.extension)) return f;
    if (n.endsWith(".json")) return GEOJSON;
    throw new IllegalArgumentException("cannot tell the format of '" + file.getFileName() + "' from its extension; use ." + String.join(", .", names()));
  }

  /** The format named on a command line ({@code csv}, {@code graphml}, {@code n2p}, {@code geojson}). */
  public static NetworkFormat named(String name) {
    for (NetworkFormat f : values()) if (f.extension.equalsIgnoreCase(name)) return f;
    throw new IllegalArgumentException("unknown format '" + name + "'; the formats are " + String.join(", ", names()));
  }

  private static String[] names() {
    return Arrays.stream(values()).map(NetworkFormat::extension).toArray(String[]::new);
  }
}
