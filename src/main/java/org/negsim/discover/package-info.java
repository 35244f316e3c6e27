/**
 * Scenario discovery: PRIM, the patient rule induction method of Friedman &amp; Fisher (1999), as
 * the EMA Workbench implements it for scenario discovery (Bryant &amp; Lempert 2010). Given a table
 * of runs (the inputs: parameters of a sweep or any named columns) and which rows are cases of
 * interest (the outcome), it finds boxes in the input space traded off between coverage and
 * density. {@link org.negsim.discover.CsvSource} and {@link org.negsim.discover.ResultsSource}
 * stream a CSV into column arrays ({@link org.negsim.discover.Dataset});
 * {@link org.negsim.discover.Prim} searches; the result ({@link org.negsim.discover.Discovery}) is
 * immutable. Nothing here prints, writes, reads the clock or draws random numbers (PRIM is
 * deterministic).
 */
package org.negsim.discover;
