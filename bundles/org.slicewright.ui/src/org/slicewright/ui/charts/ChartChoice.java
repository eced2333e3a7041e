package org.slicewright.ui.charts;

import java.util.function.Supplier;

/**
 * One chart the Charts view offers: a key tests and callers select it by (a chart-kind constant or
 * a title), the title shown in the view's list, and how to build it from the current runs.
 */
public record ChartChoice(Object key, String title, Supplier<ChartPlot> plot) {
}
