package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.slicewright.model.scenario.Metric;
import org.slicewright.model.scenario.Run;

/**
 * The columns of a set of stored runs of one study kind, as the Results view and the report show them: the run and its policy, one column per parameter
 * (so a pooling sweep sorts by k or by lambda max), the seed, one column per metric with its unit,
 * and the wall time. Parameters and metrics are read from the runs themselves, so a new study kind
 * gets its columns without code here.
 */
public final class ResultColumns {
  /** Parameter names whose words are not enough. */
  private static final Map<String, String> PARAMETER_HEADERS = Map.of("subpools", "sub-pools k", "offload_parameter", "policy parameter",
      "local_weight", "local weight w_L");

  private ResultColumns() {
  }

  public static List<ResultColumn> of(List<Run> runs) {
    List<ResultColumn> out = new ArrayList<>();
    out.add(new ResultColumn("run", "run", Run::getId, Comparator.comparingInt(ResultColumns::position)));
    out.add(new ResultColumn("policy", "policy", Run::getPolicy, Comparator.comparing(r -> String.valueOf(r.getPolicy()))));
    Map<String, Boolean> parameters = new LinkedHashMap<>();
    Map<String, String> metrics = new LinkedHashMap<>();
    for (Run r : runs) {
      RunParameters.parse(r.getParameters()).forEach((k, v) -> parameters.merge(k, isNumber(v) || v.equals("none"), Boolean::logicalAnd));
      for (Metric m : r.getMetrics()) metrics.putIfAbsent(m.getName(), m.getUnit() == null ? "" : m.getUnit());
    }
    parameters.forEach((key, numeric) -> {
      Function<Run, String> text = r -> RunParameters.parse(r.getParameters()).getOrDefault(key, "");
      // A run without the value (or "none") sorts first, as in the metric columns.
      Comparator<Run> order = numeric ? Comparator.comparingDouble(r -> orFirst(number(text.apply(r)))) : Comparator.comparing(text);
      out.add(new ResultColumn(key, PARAMETER_HEADERS.getOrDefault(key, key.replace('_', ' ')), text, order));
    });
    out.add(new ResultColumn("seed", "seed", r -> Long.toString(r.getSeed()), Comparator.comparingLong(Run::getSeed)));
    // Offloading runs store the local weight both as a parameter and as a metric: one column.
    metrics.forEach((name, unit) -> {
      if (!parameters.containsKey(name)) out.add(metric(name, unit));
    });
    out.add(new ResultColumn("wall_ms", "wall (ms)", r -> Long.toString(r.getWallMs()), Comparator.comparingLong(Run::getWallMs)));
    return out;
  }

  private static ResultColumn metric(String name, String unit) {
    boolean percent = unit.isEmpty() && (name.endsWith("_share") || name.equals("utilisation"));
    return new ResultColumn(name, header(name, unit, percent), r -> {
      Double v = RunMetrics.find(r, name);
      return v == null ? "" : percent ? String.format(Locale.ROOT, "%.2f", 100 * v) : format(v);
    }, Comparator.comparingDouble(r -> {
      Double v = RunMetrics.find(r, name);
      return v == null ? Double.NEGATIVE_INFINITY : v;
    }));
  }

  /** "p95_ms" in ms reads "p95 (ms)", "ru_total" in RU "RU total", "sla_share" "SLA share (%)". */
  static String header(String name, String unit, boolean percent) {
    String words = name;
    String suffix = "_" + unit.toLowerCase(Locale.ROOT);
    if (!unit.isEmpty() && words.endsWith(suffix)) words = words.substring(0, words.length() - suffix.length());
    words = words.replace('_', ' ');
    for (String acronym : List.of("ru", "sla", "mae", "mb", "cpu")) words = words.replaceAll("\\b" + acronym + "\\b", acronym.toUpperCase(Locale.ROOT));
    if (percent) return words + " (%)";
    if (unit.isEmpty() || (unit.equals("RU") && words.startsWith("RU "))) return words;
    return words + " (" + unit + ")";
  }

  /** Four significant digits without an exponent for the magnitudes runs hold. */
  static String format(double v) {
    if (Double.isNaN(v)) return "";
    double a = Math.abs(v);
    if (a == Math.rint(a) && a < 1e9) return String.format(Locale.ROOT, "%.0f", v);
    return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : a >= 1 ? "%.3f" : "%.4f", v);
  }

  private static double orFirst(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  private static boolean isNumber(String s) {
    return !Double.isNaN(number(s));
  }

  /** A parameter as a number ("inf" and "-inf" included), NaN when it is not one. */
  private static double number(String s) {
    switch (s) {
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        try {
          return Double.parseDouble(s);
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
    }
  }

  /** A run's position among its siblings, so "run" sorts in the order runs were made. */
  private static int position(Run r) {
    return r.eContainer() == null ? 0 : ((List<?>) r.eContainer().eGet(r.eContainingFeature())).indexOf(r);
  }
}
