package org.negsim.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.negsim.model.Stage;
import org.negsim.stats.WilsonInterval;

/**
 * The charts of a sweep, from {@code runs.csv}: for every stage that ran in at least one run, its
 * success rate against each varied parameter with the 95 % Wilson band, and a heat map of the
 * rate over every pair of varied parameters (in design order: the earlier one on x). Not
 * thread-safe.
 */
public final class SweepCharts {

    /** Most cells of a heat map that still get their rate written in them. */
    static final int MAX_LABELLED_CELLS = 150;

    /** What a rate chart plots. */
    static final String RATE = "success rate";

    /**
     * The y-axis of a rate chart: the rate is over all runs of a group, a run in which the stage did
     * not run counting as not successful (as in {@code inspect}).
     */
    static final String RATE_AXIS = "success rate: share of all runs in which the stage ran and succeeded";

    private SweepCharts() {
    }

    /** The charts of a sweep, stage by stage, in stage and design order. */
    public static List<NamedChart> of(ResultsSet results, SuccessRates rates) {
        List<NamedChart> charts = new ArrayList<>();
        String name = results.scenario().name();
        // a parameter with one value has nothing to show: no chart of it, no 1 x N heat maps
        List<ParameterGrouping> varied = rates.groupings().stream().filter(g -> g.size() > 1).toList();
        for (Stage stage : results.scenario().stages()) {
            SuccessRates.StageRates s = rates.stage(stage.id());
            if (s.ran() == 0) {
                continue;
            }
            for (ParameterGrouping g : varied) {
                charts.add(rateChart(name, s, g, s.byParameter().get(g.path())));
            }
            for (int i = 0; i < varied.size(); i++) {
                for (int j = i + 1; j < varied.size(); j++) {
                    charts.add(heatMap(name, rates.heatMap(stage.id(), varied.get(i).path(), varied.get(j).path())));
                }
            }
        }
        return charts;
    }

    /** The success rate of a stage against one parameter, with its Wilson band. */
    static NamedChart rateChart(String scenarioName, SuccessRates.StageRates s, ParameterGrouping g, List<RateGroup> groups) {
        IntervalSeries series = new IntervalSeries(RATE + " (of all runs)", "95 % Wilson interval", g.numeric());
        long minN = Long.MAX_VALUE;
        long maxN = 0;
        for (int k = 0; k < groups.size(); k++) {
            WilsonInterval w = groups.get(k).interval();
            if (w.trials() > 0) {
                series.add(g.numeric() ? groups.get(k).x() : k, w.rate(), w.low(), w.high());
                minN = Math.min(minN, w.trials());
                maxN = Math.max(maxN, w.trials());
            }
        }
        XYItemRenderer renderer = series.renderer();
        ValueAxis x = axis(g);
        NumberAxis y = new NumberAxis(RATE_AXIS);
        y.setRange(-0.02, 1.05);
        XYPlot plot = new XYPlot(series.data(), x, y, renderer);
        ValueMarker overall = new ValueMarker(s.overall().rate(), Color.GRAY, ChartStyle.DASHED);
        overall.setLabel("all runs: " + ScenarioText.number(s.overall().rate()));
        overall.setLabelFont(ChartStyle.MARKER);
        overall.setLabelPaint(Color.DARK_GRAY);
        overall.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        overall.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        overall.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(overall);
        String n = minN == Long.MAX_VALUE ? "no runs" : minN == maxN ? minN + " runs per point" : minN + " to " + maxN + " runs per point";
        JFreeChart chart = ChartStyle.chart("Success of " + s.stage() + " by " + g.path(),
                scenarioName + " — " + n, plot, true);
        IntervalSeries.colour(renderer);
        return new NamedChart(ChartNames.success(s.stage(), g.path()), "The share of all runs in which " + s.stage()
                + " ran and succeeded, against " + g.path() + (g.binning() != null ? " (" + g.binning().bins()
                + " equal-width bins)" : "") + ", with its 95 % Wilson interval.", chart);
    }

    /** The success rate of a stage over two parameters, as coloured cells with a legend. */
    static NamedChart heatMap(String scenarioName, SuccessRates.HeatMap h) {
        int nx = h.x().size();
        int ny = h.y().size();
        XYPlot plot = heatPlot("success rate", h.x(), h.y(), (i, j) -> h.cells()[i][j].rate());
        JFreeChart chart = ChartStyle.chart("Success of " + h.stage() + " by " + h.x().path() + " and " + h.y().path(),
                scenarioName + " — colour: " + RATE_AXIS, plot, false);
        HeatMapLabels.add(plot, nx, ny, (i, j) -> h.cells()[i][j].trials() == 0 ? "no runs"
                : ScenarioText.number(h.cells()[i][j].rate()), (i, j) -> h.cells()[i][j].trials(),
                (i, j) -> h.cells()[i][j].rate());
        addLegend(chart, "success rate", 0, 1);
        return new NamedChart(ChartNames.heatMap(h.stage(), h.x().path(), h.y().path()), "The share of all runs in which "
                + h.stage() + " ran and succeeded for each combination of " + h.x().path() + " and " + h.y().path()
                + " (n = runs per cell).", chart);
    }

    /**
     * The plot of a heat map: one cell per pair of groups, coloured by {@code shade} in [0, 1]
     * ({@link RatePaintScale}; NaN light grey), the groups' labels on the axes, no grid lines.
     */
    static XYPlot heatPlot(String series, ParameterGrouping gx, ParameterGrouping gy, HeatMapLabels.CellShade shade) {
        int nx = gx.size();
        int ny = gy.size();
        double[][] xyz = new double[3][nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int k = i * ny + j;
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = shade.at(i, j);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(series, xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new RatePaintScale());
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        XYPlot plot = new XYPlot(data, symbols(gx), symbols(gy), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return plot;
    }

    /** A colour legend on the right of a heat map for values from {@code lo} (dark) to {@code hi} (yellow). */
    static void addLegend(JFreeChart chart, String label, double lo, double hi) {
        NumberAxis legendAxis = new NumberAxis(label);
        legendAxis.setRange(lo, hi);
        legendAxis.setLabelFont(ChartStyle.LABEL);
        legendAxis.setTickLabelFont(ChartStyle.TICK);
        PaintScaleLegend legend = new PaintScaleLegend(new ScaledPaint(lo, hi), legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(20);
        legend.setSubdivisionCount(100);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
    }

    /** {@link RatePaintScale} stretched over [lo, hi]. */
    private record ScaledPaint(double lo, double hi) implements org.jfree.chart.renderer.PaintScale, java.io.Serializable {
        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public java.awt.Paint getPaint(double value) {
            return RatePaintScale.colour((value - lo) / (hi - lo));
        }
    }

    private static ValueAxis axis(ParameterGrouping g) {
        if (!g.numeric()) {
            return symbols(g);
        }
        return numberAxis(g);
    }

    /** The x axis of a numeric parameter: its values or its bins' range, padded by 5 %. */
    static NumberAxis numberAxis(ParameterGrouping g) {
        NumberAxis x = new NumberAxis(g.path() + (g.binning() != null ? " (centres of " + g.binning().bins()
                + " equal-width bins)" : ""));
        x.setAutoRangeIncludesZero(false);
        double[] p = g.positions();
        if (g.binning() != null) {
            x.setRange(g.binning().min(), g.binning().max());
        } else if (p.length > 0) {
            double lo = p[0];
            double hi = p[p.length - 1];
            double pad = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(lo) * 0.1, 0.5);
            x.setRange(lo - pad, hi + pad);
        }
        return x;
    }

    static SymbolAxis symbols(ParameterGrouping g) {
        SymbolAxis a = new SymbolAxis(g.path(), g.labels().toArray(new String[0]));
        a.setGridBandsVisible(false);
        a.setRange(-0.5, g.size() - 0.5);
        return a;
    }
}
