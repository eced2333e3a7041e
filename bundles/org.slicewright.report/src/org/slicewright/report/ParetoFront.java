package org.slicewright.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Pareto front of a set of options under two criteria: maximise a benefit (e.g. accuracy) and
 * minimise a cost (e.g. RU). An option is on the front when no other is at least as good on both and
 * strictly better on one. Returned sorted by cost.
 */
public final class ParetoFront {
  private ParetoFront() {
  }

  public static <T> List<T> of(List<T> items, ToDoubleFunction<T> cost, ToDoubleFunction<T> benefit) {
    List<T> sorted = new ArrayList<>(items);
    // By cost ascending, then benefit descending: a sweep keeps each item that beats every cheaper one.
    sorted.sort(Comparator.comparingDouble(cost).thenComparing(Comparator.comparingDouble(benefit).reversed()));
    List<T> front = new ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (T t : sorted) {
      double b = benefit.applyAsDouble(t);
      if (b > best) {
        front.add(t);
        best = b;
      }
    }
    return front;
  }
}
