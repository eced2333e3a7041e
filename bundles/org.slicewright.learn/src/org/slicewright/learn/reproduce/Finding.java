package org.slicewright.learn.reproduce;

import java.util.Locale;

/**
 * One published finding set beside the tool's value: what the paper reports, how far the tool may be
 * from it and why, what the tool measured (with its spread over seeds) and the verdict.
 *
 * @param paper short citation of the source study
 * @param finding what is compared, in the planner's words
 * @param paperValue the published value or trend
 * @param tolerance the accepted range, with its reason
 * @param toolValue the tool's value, mean and spread over seeds where there are several
 * @param verdict the comparison's outcome
 */
public record Finding(String paper, String finding, String paperValue, String tolerance, String toolValue, Verdict verdict) {

  public static String csvHeader() {
    return "paper,finding,paper_value,tolerance,tool_value,verdict";
  }

  public String toCsvRow() {
    return String.join(",", csv(paper), csv(finding), csv(paperValue), csv(tolerance), csv(toolValue), csv(verdict.label()));
  }

  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** "mean ± sd (n seeds)" in Locale.ROOT. */
  static String spread(String format, double[] values) {
    double m = mean(values);
    if (values.length < 2) return String.format(Locale.ROOT, format, m);
    return String.format(Locale.ROOT, format + " ± " + format + " (%d seeds)", m, sd(values), values.length);
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return s / v.length;
  }

  static double sd(double[] v) {
    if (v.length < 2) return 0;
    double m = mean(v), s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return Math.sqrt(s / (v.length - 1));
  }
}
