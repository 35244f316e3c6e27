/**
 * Charts and an HTML report of a results folder, for {@code negsim plot} and {@code negsim report}.
 *
 * <p>{@link org.negsim.plot.ResultsSet} reads a folder ({@code manifest.json}, {@code runs.csv},
 * {@code rounds.csv}); {@link org.negsim.plot.StageTrace}, {@link org.negsim.plot.SuccessThresholds}
 * and {@link org.negsim.plot.SuccessRates} turn it into chart data (plain numbers, testable without
 * drawing); {@link org.negsim.plot.RunCharts} and {@link org.negsim.plot.SweepCharts} draw that data
 * with JFreeChart; {@link org.negsim.plot.ChartImages} renders charts to PNG, headless; and
 * {@link org.negsim.plot.HtmlReport} writes one self-contained HTML page. Only this package and
 * the CLI touch AWT; the model and engine never do.
 */
package org.negsim.plot;
