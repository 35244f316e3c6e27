package org.negsim.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;

/**
 * The signature curve of a sweep recorded with {@code --record rounds}: per open-declaration stage
 * the actors joined at the end of each round, across the runs in which the stage ran, as the median
 * with the 50 % (quartiles) and 90 % (5th to 95th percentile) bands; percentiles of type R-7 (linear
 * between order statistics, as R's default). A run whose stage ended before the last round keeps
 * its final count for the rounds after (a declaration does not come undone). Drawn with the
 * thresholds of success conditions on the count of all actors (dashed). Stateless.
 */
public final class SignatureBands {

    private SignatureBands() {
    }

    /** One chart per open-declaration stage that ran in some run; none without {@code rounds.csv}. */
    public static List<NamedChart> of(ResultsSet results) throws java.io.IOException {
        List<NamedChart> charts = new ArrayList<>();
        CsvTable rounds = results.rounds();
        if (rounds == null) {
            return charts;
        }
        for (Stage stage : results.scenario().stages()) {
            if (stage.isOpenDeclaration()) {
                double[][] perRun = trajectories(rounds, stage);
                if (perRun.length > 0) {
                    charts.add(chart(results.scenario(), stage, perRun));
                }
            }
        }
        return charts;
    }

    /**
     * The joined count per run (rows) and round 0..{@code stage.rounds()} (columns) of the runs in
     * which the stage has rows, in run order; rounds after a run's last are its last count.
     */
    static double[][] trajectories(CsvTable rounds, Stage stage) throws java.io.IOException {
        int runCol = rounds.requireColumn("run");
        int stageCol = rounds.requireColumn("stage");
        int roundCol = rounds.requireColumn("round");
        int joinedCol = rounds.requireColumn("joined");
        int width = stage.rounds() + 1;
        Map<String, double[]> runs = new LinkedHashMap<>();
        for (List<String> r : rounds.rows()) {
            int round = CsvTable.integer(r.get(roundCol));
            double joined = CsvTable.number(r.get(joinedCol));
            if (!r.get(stageCol).equals(stage.id()) || round < 0 || round >= width || Double.isNaN(joined)) {
                continue;
            }
            double[] t = runs.computeIfAbsent(r.get(runCol), k -> {
                double[] a = new double[width];
                Arrays.fill(a, Double.NaN);
                return a;
            });
            t[round] = joined;
        }
        double[][] out = new double[runs.size()][];
        int k = 0;
        for (double[] t : runs.values()) {
            for (int i = 1; i < t.length; i++) {
                if (Double.isNaN(t[i])) {
                    t[i] = t[i - 1];
                }
            }
            out[k++] = t;
        }
        return out;
    }

    /** The {@code p}-th percentiles (0 &lt; p ≤ 100) of column {@code round} over runs that have a value. */
    static double percentile(double[][] perRun, int round, double p) {
        double[] v = Arrays.stream(perRun).mapToDouble(t -> t[round]).filter(x -> !Double.isNaN(x)).toArray();
        return v.length == 0 ? Double.NaN
                : new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(v, p);
    }

    private static NamedChart chart(Scenario scenario, Stage stage, double[][] perRun) {
        YIntervalSeries wide = new YIntervalSeries("90 % of runs (5th to 95th percentile)");
        YIntervalSeries narrow = new YIntervalSeries("50 % of runs (quartiles)");
        YIntervalSeries median = new YIntervalSeries("median");
        double top = 1;
        for (int round = 0; round < perRun[0].length; round++) {
            double m = percentile(perRun, round, 50);
            if (Double.isNaN(m)) {
                continue;
            }
            double p95 = percentile(perRun, round, 95);
            wide.add(round, m, percentile(perRun, round, 5), p95);
            narrow.add(round, m, percentile(perRun, round, 25), percentile(perRun, round, 75));
            median.add(round, m, m, m);
            top = Math.max(top, p95);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(wide);
        data.addSeries(narrow);
        data.addSeries(median);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        NumberAxis x = new NumberAxis("round (0 = founders only, before the first round)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.3, Math.max(1, perRun[0].length - 1) + 0.3);
        NumberAxis y = new NumberAxis("actors joined by the end of the round (count)");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        List<SuccessThreshold> thresholds = SuccessThresholds.of(scenario, stage).stream()
                .filter(t -> t.drawable() && t.kinds().size() == scenario.kinds().size()).toList();
        for (SuccessThreshold t : thresholds) {
            top = Math.max(top, t.count());
        }
        y.setRange(0, top * 1.08);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        // JFreeChart draws the last series first by default, which would hide the 50 % band under the 90 % one
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        for (SuccessThreshold t : thresholds) {
            plot.addRangeMarker(RunCharts.marker(t.count(), Color.DARK_GRAY, "success needs " + t.description(), false));
        }
        JFreeChart chart = ChartStyle.chart("Signature curve across runs: " + stage.id(),
                scenario.name() + " — " + perRun.length + " runs in which the stage ran", plot, true);
        // after the theme, which resets paints: one hue, the wider band lighter
        Color c = ChartStyle.colour(0);
        renderer.setSeriesPaint(0, c);
        renderer.setSeriesFillPaint(0, blend(c, 0.8));
        renderer.setSeriesPaint(1, c);
        renderer.setSeriesFillPaint(1, blend(c, 0.55));
        renderer.setSeriesPaint(2, c.darker());
        renderer.setSeriesFillPaint(2, c.darker());
        renderer.setSeriesStroke(0, new java.awt.BasicStroke(0f));
        renderer.setSeriesStroke(1, new java.awt.BasicStroke(0f));
        renderer.setSeriesStroke(2, new java.awt.BasicStroke(2.5f));
        // the renderer's own legend draws a band as its (invisible) outline: show filled swatches instead
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape swatch = new java.awt.Rectangle(-6, -5, 12, 10);
        legend.add(new org.jfree.chart.LegendItem(wide.getKey().toString(), null, null, null, swatch, blend(c, 0.8)));
        legend.add(new org.jfree.chart.LegendItem(narrow.getKey().toString(), null, null, null, swatch, blend(c, 0.55)));
        legend.add(new org.jfree.chart.LegendItem(median.getKey().toString(), null, null, null,
                new java.awt.geom.Line2D.Double(-8, 0, 8, 0), new java.awt.BasicStroke(2.5f), c.darker()));
        plot.setFixedLegendItems(legend);
        return new NamedChart(ChartNames.signatureBands(stage.id()), "Actors that joined " + stage.id()
                + " by the end of each round across the " + perRun.length + " runs in which it ran: the median,"
                + " with the band of the middle 50 % and of the middle 90 % of runs.", chart);
    }

    /** A colour mixed with white: {@code white} = 0 keeps it, 1 is white. */
    private static Color blend(Color c, double white) {
        return new Color((int) Math.round(c.getRed() + (255 - c.getRed()) * white),
                (int) Math.round(c.getGreen() + (255 - c.getGreen()) * white),
                (int) Math.round(c.getBlue() + (255 - c.getBlue()) * white));
    }
}
