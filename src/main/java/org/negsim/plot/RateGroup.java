package org.negsim.plot;

import org.negsim.stats.WilsonInterval;

/**
 * The success rate of one stage in one group of runs (one value or bin of a parameter, or one
 * cell of a heat map), with its 95 % Wilson interval.
 *
 * @param label    the group's label (value or bin)
 * @param x        its x position on the chart
 * @param interval the group's successes (the stage ran and succeeded) over all its runs; {@code trials} = 0
 *                 (rate NaN) when there are none
 */
public record RateGroup(String label, double x, WilsonInterval interval) {
}
