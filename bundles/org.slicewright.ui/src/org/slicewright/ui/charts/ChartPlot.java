package org.slicewright.ui.charts;

import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.slicewright.model.scenario.Run;

/**
 * A chart of stored runs and, for each of its drawn items, the run it shows (null for items that
 * show no single run, such as a time series), so a tooltip can describe it and a click select it.
 */
public record ChartPlot(JFreeChart chart, Function<ChartEntity, Run> runOf) {
}
