package org.negsim.plot;

import org.jfree.chart.JFreeChart;

/**
 * A chart with its stable file name and a caption for the report.
 *
 * @param fileName the PNG file name, e.g. {@code signatures-paris-call.png} (see {@link ChartNames})
 * @param caption  one sentence saying what the chart shows
 * @param chart    the chart
 */
public record NamedChart(String fileName, String caption, JFreeChart chart) {
}
