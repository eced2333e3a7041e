package org.slicewright.data.traces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the observations that feed level-one twins: CSV with the header
 * {@code time,group,x,y,arrival_rate,service_mix} (any column order, names case-insensitive).
 * {@code time} is seconds from the start, {@code group} a user-device group id, {@code x,y} metres,
 * {@code arrival_rate} data units per second (>= 0), {@code service_mix} the share per service as
 * {@code svc:0.7;other:0.3} (shares >= 0, summing to 1 within 1 %; empty = the twin's own services,
 * evenly). Times must not decrease per group. Errors name the file, the line and the column.
 */
public final class TwinTraceReader {
  public static final List<String> COLUMNS = List.of("time", "group", "x", "y", "arrival_rate", "service_mix");

  /** One observation of a user group. */
  public record Observation(double timeS, String group, double x, double y, double arrivalRate, Map<String, Double> serviceMix) {
  }

  private TwinTraceReader() {
  }

  public static List<Observation> read(Path file) throws TraceFormatException, IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new TraceFormatException(file + ": file not found");
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) first++;
    if (first == lines.size()) throw new TraceFormatException(file + ": empty file, expected the header " + String.join(",", COLUMNS));
    List<String> header = CsvTraceReader.split(lines.get(first));
    int[] col = new int[COLUMNS.size()];
    for (int k = 0; k < COLUMNS.size(); k++) {
      col[k] = -1;
      for (int c = 0; c < header.size(); c++) if (header.get(c).trim().toLowerCase(Locale.ROOT).equals(COLUMNS.get(k))) col[k] = c;
      if (col[k] < 0) throw new TraceFormatException(file + ":" + (first + 1) + ": missing column '" + COLUMNS.get(k) + "' (header must name " + String.join(",", COLUMNS) + ")");
    }
    List<Observation> out = new ArrayList<>();
    Map<String, Double> lastTime = new LinkedHashMap<>();
    for (int i = first + 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      List<String> cells = CsvTraceReader.split(lines.get(i));
      String at = file + ":" + (i + 1);
      if (cells.size() != header.size()) throw new TraceFormatException(at + ": expected " + header.size() + " cells, found " + cells.size());
      double t = number(cells.get(col[0]), at, "time");
      String group = cells.get(col[1]).trim();
      if (group.isEmpty()) throw new TraceFormatException(at + ", column 'group': missing value");
      double x = number(cells.get(col[2]), at, "x"), y = number(cells.get(col[3]), at, "y");
      double rate = number(cells.get(col[4]), at, "arrival_rate");
      if (rate < 0) throw new TraceFormatException(at + ", column 'arrival_rate': " + rate + " is negative");
      Double prev = lastTime.put(group, t);
      if (prev != null && t < prev) throw new TraceFormatException(at + ", column 'time': " + t + " s is before the previous observation of group '" + group + "' (" + prev + " s)");
      out.add(new Observation(t, group, x, y, rate, mix(cells.get(col[5]).trim(), at)));
    }
    if (out.isEmpty()) throw new TraceFormatException(file + ": no observations after the header");
    return out;
  }

  private static Map<String, Double> mix(String cell, String at) throws TraceFormatException {
    Map<String, Double> m = new LinkedHashMap<>();
    if (cell.isEmpty()) return m;
    double sum = 0;
    for (String part : cell.split(";")) {
      String[] kv = part.split(":");
      if (kv.length != 2 || kv[0].isBlank()) throw new TraceFormatException(at + ", column 'service_mix': '" + part + "' is not service:share");
      double v = number(kv[1], at, "service_mix");
      if (v < 0) throw new TraceFormatException(at + ", column 'service_mix': share of '" + kv[0].trim() + "' is negative");
      m.put(kv[0].trim(), v);
      sum += v;
    }
    if (Math.abs(sum - 1) > 0.01) throw new TraceFormatException(at + ", column 'service_mix': shares sum to " + String.format(Locale.ROOT, "%.3f", sum) + ", not 1");
    return m;
  }

  private static double number(String cell, String at, String column) throws TraceFormatException {
    String c = cell.trim();
    if (c.isEmpty()) throw new TraceFormatException(at + ", column '" + column + "': missing value");
    try {
      double v = Double.parseDouble(c);
      if (!Double.isFinite(v)) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new TraceFormatException(at + ", column '" + column + "': '" + c + "' is not a finite number");
    }
  }
}
