package org.slicewright.data.traces;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads demand traces from CSV: a header row naming the columns, then one row per sample. A first
 * column named {@code timestamp}, {@code time} or {@code date} is skipped; every other column is a
 * demand series (one per VNF or base station) and must hold finite numbers. Values are normalised to
 * [0, 1] per column. Errors name the file, the line and the column.
 */
public final class CsvTraceReader {
  private CsvTraceReader() {
  }

  public static DemandTraces read(Path file) throws TraceFormatException, IOException {
    List<String> lines;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines = r.lines().toList();
    } catch (NoSuchFileException e) {
      throw new TraceFormatException(file + ": file not found");
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) first++;
    if (first == lines.size()) throw new TraceFormatException(file + ": empty file, expected a header row");
    List<String> header = split(lines.get(first));
    boolean timestamp = !header.isEmpty() && List.of("timestamp", "time", "date").contains(header.get(0).trim().toLowerCase(Locale.ROOT));
    List<String> names = new ArrayList<>();
    for (int c = timestamp ? 1 : 0; c < header.size(); c++) {
      String n = header.get(c).trim();
      if (n.isEmpty()) throw new TraceFormatException(file + ":" + (first + 1) + ": column " + (c + 1) + " has no name");
      if (names.contains(n)) throw new TraceFormatException(file + ":" + (first + 1) + ": column '" + n + "' appears twice");
      names.add(n);
    }
    if (names.isEmpty()) throw new TraceFormatException(file + ":" + (first + 1) + ": no demand columns in the header");
    List<double[]> rows = new ArrayList<>();
    for (int i = first + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      List<String> cells = split(line);
      int expected = header.size();
      if (cells.size() != expected) {
        throw new TraceFormatException(file + ":" + (i + 1) + ": expected " + expected + " cells, found " + cells.size());
      }
      double[] row = new double[names.size()];
      for (int c = 0; c < names.size(); c++) {
        String cell = cells.get(c + (timestamp ? 1 : 0)).trim();
        String where = file + ":" + (i + 1) + ", column '" + names.get(c) + "'";
        if (cell.isEmpty()) throw new TraceFormatException(where + ": missing value");
        double v;
        try {
          v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new TraceFormatException(where + ": '" + cell + "' is not a number");
        }
        if (!Double.isFinite(v)) throw new TraceFormatException(where + ": '" + cell + "' is not a finite number");
        row[c] = v;
      }
      rows.add(row);
    }
    if (rows.isEmpty()) throw new TraceFormatException(file + ": no samples after the header");
    return DemandTraces.normalise(names, rows.toArray(new double[0][]));
  }

  /** Splits a CSV line; double quotes group cells and "" is a literal quote. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') quoted = false;
        else cur.append(ch);
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
