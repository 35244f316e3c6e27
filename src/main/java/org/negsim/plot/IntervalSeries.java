package org.negsim.plot;

import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A value with its interval per group of a parameter, as a chart draws it: over a numeric
 * parameter a line with a shaded band (the groups are ordered points on a scale), over a
 * categorical one (e.g. {@code stages[x].rule.type}) points with interval bars and no line, since
 * a line between categories would suggest values in between. Not thread-safe.
 */
final class IntervalSeries {

    private final boolean numeric;
    private final YIntervalSeries band;
    private final XYIntervalSeries bars;

    /**
     * @param name     the series' legend, without the band's description
     * @param interval what the interval is, e.g. {@code 95 % Wilson interval}
     * @param numeric  whether the parameter is numeric ({@link ParameterGrouping#numeric()})
     */
    IntervalSeries(String name, String interval, boolean numeric) {
        this.numeric = numeric;
        this.band = numeric ? new YIntervalSeries(name + "; band: " + interval) : null;
        this.bars = numeric ? null : new XYIntervalSeries(name + "; bars: " + interval);
    }

    /** Adds a group at position {@code x} (its value, or its index for a category). */
    void add(double x, double value, double low, double high) {
        if (numeric) {
            band.add(x, value, low, high);
        } else {
            bars.add(x, x, x, value, low, high);
        }
    }

    /** The dataset of the series. */
    XYDataset data() {
        if (numeric) {
            YIntervalSeriesCollection c = new YIntervalSeriesCollection();
            c.addSeries(band);
            return c;
        }
        XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
        c.addSeries(bars);
        return c;
    }

    /** A band renderer (line and shapes) for a numeric parameter, an error-bar renderer otherwise. */
    XYItemRenderer renderer() {
        if (numeric) {
            DeviationRenderer d = new DeviationRenderer(true, true);
            d.setAlpha(0.25f);
            return d;
        }
        XYErrorRenderer e = new XYErrorRenderer();
        e.setDefaultLinesVisible(false);
        e.setDrawXError(false);
        e.setCapLength(10);
        e.setErrorStroke(ChartStyle.LINE);
        return e;
    }

    /** Colours a renderer after the chart theme (which resets fill paints). */
    static void colour(XYItemRenderer renderer) {
        renderer.setSeriesPaint(0, ChartStyle.colour(0));
        if (renderer instanceof DeviationRenderer d) {
            d.setSeriesFillPaint(0, ChartStyle.colour(0));
        }
    }
}
