package org.slicewright.model.util;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * The finite range of every numeric attribute, as the model declares it (an annotation with source
 * {@value #SOURCE} and details {@code min}, {@code max}): validation refuses NaN, infinities and values
 * outside it, so no engine starts on a value it cannot run (a huge network, an absurd rate), and the
 * editor tells the planner the range when a typed value falls outside it.
 */
public final class NumericRanges {
  public static final String SOURCE = "http://slicewright.org/range";

  private NumericRanges() {
  }

  /** What is wrong with {@code value} for the attribute, or null when it is a finite value in range. */
  public static String problem(EAttribute a, Object value) {
    if (!(value instanceof Number n)) return null;
    double v = n.doubleValue();
    if (!Double.isFinite(v)) return a.getName() + " must be a finite number, is " + value;
    EAnnotation r = a.getEAnnotation(SOURCE);
    if (r == null) return null;
    String lo = r.getDetails().get("min"), hi = r.getDetails().get("max");
    boolean below = lo != null && v < Double.parseDouble(lo), above = hi != null && v > Double.parseDouble(hi);
    if (!below && !above) return null;
    String range = lo != null && hi != null ? "in [" + lo + ", " + hi + "]" : lo != null ? ">= " + lo : "<= " + hi;
    return a.getName() + " must be " + range + ", is " + format(v);
  }

  /** Every numeric attribute value of {@code o} that is not finite or out of its range. */
  static void check(EObject o, List<String> problems) {
    for (EAttribute a : o.eClass().getEAllAttributes()) {
      Class<?> t = a.getEAttributeType().getInstanceClass();
      if (t != double.class && t != int.class && t != long.class && t != float.class) continue;
      if (a.isMany()) {
        for (Object v : (List<?>) o.eGet(a)) add(problems, problem(a, v));
      } else if (o.eIsSet(a)) {
        add(problems, problem(a, o.eGet(a)));
      }
    }
  }

  private static void add(List<String> problems, String p) {
    if (p != null) problems.add(p);
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
  }
}
