package org.negsim.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.negsim.discover.Discovery;
import org.negsim.discover.Region;
import org.negsim.discover.Step;

/**
 * The coverage–density trade-off of one PRIM region: every box of its trajectory (coverage on x,
 * density on y, peeled boxes joined by a line, pasted ones as squares), the coverage threshold as a
 * dashed line and the chosen box circled and labelled. Stateless.
 */
public final class TradeoffChart {

    /** The file name of the first region's chart; region r ≥ 2 gets {@code tradeoff-r.png}. */
    public static final String FILE_NAME = "tradeoff.png";

    private TradeoffChart() {
    }

    /** The file name of region {@code r} (1-based). */
    public static String fileName(int r) {
        return r == 1 ? FILE_NAME : "tradeoff-" + r + ".png";
    }

    /**
     * The chart of region {@code r} (1-based).
     *
     * @param title what the data are, e.g. the scenario and stage
     */
    public static NamedChart of(Discovery d, int r, String title) {
        Region region = d.regions().get(r - 1);
        XYSeries peeled = new XYSeries("peeling trajectory (box 0 = all runs)", false, true);
        XYSeries pasted = new XYSeries("after pasting", false, true);
        XYSeries chosen = new XYSeries("chosen box", false, true);
        for (Step s : region.trajectory()) {
            (s.pasted() ? pasted : peeled).add(s.coverage(), s.density());
        }
        Step c = region.chosenStep();
        chosen.add(c.coverage(), c.density());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(peeled);
        data.addSeries(pasted);
        data.addSeries(chosen);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(1, new java.awt.Rectangle(-4, -4, 8, 8));
        renderer.setSeriesShape(2, new Ellipse2D.Double(-9, -9, 18, 18));
        renderer.setSeriesShapesFilled(2, false);
        int startCases = region.startCases();
        double threshold = d.settings().threshold() * startCases / d.cases();
        NumberAxis x = new NumberAxis("coverage (share of all cases of interest inside the box)");
        range(x, Math.min(threshold, data.getDomainLowerBound(false)), data.getDomainUpperBound(false));
        NumberAxis y = new NumberAxis("density (share of the box's runs that are of interest)");
        range(y, data.getRangeLowerBound(false), data.getRangeUpperBound(false));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ValueMarker line = new ValueMarker(threshold, Color.GRAY, ChartStyle.DASHED);
        line.setLabel("coverage threshold " + ScenarioText.number(d.settings().threshold()));
        line.setLabelFont(ChartStyle.MARKER);
        line.setLabelPaint(Color.DARK_GRAY);
        line.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        line.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);   // right of the line: the axis may start just left of it
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(line);
        JFreeChart chart = ChartStyle.chart("Where the outcome holds: coverage against density",
                title + " — " + d.outcome() + ", " + d.rows() + " rows, " + d.cases() + " cases"
                        + (d.regions().size() > 1 ? ", region " + r : ""), plot, true);
        // after the theme, which resets strokes and colours
        renderer.setSeriesStroke(2, new BasicStroke(3f));
        renderer.setSeriesPaint(2, ChartStyle.colour(1));
        boolean right = c.coverage() > (x.getLowerBound() + x.getUpperBound()) / 2;   // label towards the middle
        XYPointerAnnotation label = new XYPointerAnnotation("box " + region.chosen() + ": coverage "
                + ScenarioText.number(c.coverage()) + ", density " + ScenarioText.number(c.density()) + ", "
                + c.restricted() + " restricted", c.coverage(), c.density(), right ? 3.6 : 5.8);
        label.setFont(ChartStyle.MARKER);
        label.setBackgroundPaint(ChartStyle.LABEL_BACKGROUND);
        label.setTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        label.setArrowLength(30);
        plot.addAnnotation(label);
        return new NamedChart(fileName(r), "The coverage and density of every box of the PRIM trajectory"
                + (d.regions().size() > 1 ? " of region " + r : "") + "; circled: the chosen box " + region.chosen()
                + ".", chart);
    }

    /**
     * The axis over the data's span [lo, hi] (shares, within [0, 1]) with 8 % room on each side for
     * the markers and the pointer label, not from 0 when the data do not start there.
     */
    static void range(NumberAxis axis, double lo, double hi) {
        double pad = Math.max(0.02, (hi - lo) * 0.08);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(Math.max(0, lo - pad), Math.min(1, hi) + pad);
    }
}
