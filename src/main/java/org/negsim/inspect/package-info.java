/**
 * Summaries of a results folder for {@code negsim inspect}: {@link org.negsim.inspect.Inspector}
 * reads {@code manifest.json} ({@link org.negsim.inspect.ResultsManifest}) and streams
 * {@code runs.csv} ({@link org.negsim.io.RunsReader}) once, accumulating one stage's outcomes
 * per group of parameter values ({@link org.negsim.inspect.GroupStatistics}) into an
 * {@link org.negsim.inspect.Inspection}; {@link org.negsim.inspect.SobolAnalysis} turns a sobol
 * sweep's per-point success rates into Sobol' indices; {@link org.negsim.inspect.TextReport} and
 * {@link org.negsim.inspect.CsvReport} format the results. Reads only; nothing here prints.
 */
package org.negsim.inspect;
