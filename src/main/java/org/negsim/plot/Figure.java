package org.negsim.plot;

/**
 * A rendered chart for the report.
 *
 * @param fileName the chart's file name as {@code negsim plot} writes it
 * @param caption  one sentence about the chart
 * @param png      the PNG bytes
 */
public record Figure(String fileName, String caption, byte[] png) {
}
