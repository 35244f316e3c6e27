package org.negsim.plot;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.negsim.stats.MeanInterval;
import org.negsim.stats.WilsonInterval;

/**
 * The charts of a sweep's measures (the {@code measure_<id>} columns of {@code runs.csv}): per
 * measure and varied parameter with more than one value, the measure's mean with its 95 % interval
 * (Wilson's when every value of the measure is 0 or 1, mean ± t·SE otherwise) — a line with a
 * band for a numeric parameter, points with interval bars for a categorical one — and per pair of
 * such parameters a heat map of the mean. Runs without a value (the measure's stage did not run)
 * are left out, as in {@code negsim inspect --measure}. Stateless.
 */
public final class MeasureCharts {

    private MeasureCharts() {
    }

    /** The charts of every measure column, in column order, then design order. */
    public static List<NamedChart> of(ResultsSet results, SuccessRates rates) {
        CsvTable runs = results.runs();
        List<NamedChart> charts = new ArrayList<>();
        List<ParameterGrouping> groupings = rates.groupings().stream().filter(g -> g.size() > 1).toList();
        int ambition = runs.column("ambition");
        for (int c = ambition + 1; ambition >= 0 && c < runs.header().size(); c++) {
            String column = runs.header().get(c);
            if (!column.startsWith("measure_")) {
                continue;
            }
            String id = column.substring("measure_".length());
            boolean binary = binary(runs, c);
            for (ParameterGrouping g : groupings) {
                charts.add(line(results.scenario().name(), id, binary, g, statistics(runs, c, runs.column(g.path()), g)));
            }
            for (int i = 0; i < groupings.size(); i++) {
                for (int j = i + 1; j < groupings.size(); j++) {
                    charts.add(heatMap(results.scenario().name(), id, binary, runs, c, groupings.get(i), groupings.get(j)));
                }
            }
        }
        return charts;
    }

    /** The measure columns of {@code runs.csv} ({@code measure_<id>} after {@code ambition}), in order. */
    static List<Integer> measureColumns(CsvTable runs) {
        List<Integer> columns = new ArrayList<>();
        int ambition = runs.column("ambition");
        for (int c = ambition + 1; ambition >= 0 && c < runs.header().size(); c++) {
            if (runs.header().get(c).startsWith("measure_")) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** Whether every value of the column is 0 or 1. */
    static boolean binary(CsvTable runs, int column) {
        for (List<String> r : runs.rows()) {
            double v = CsvTable.number(r.get(column));
            if (!Double.isNaN(v) && v != 0.0 && v != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Per group of {@code g}, the values of the measure column over the rows that have one. */
    static SummaryStatistics[] statistics(CsvTable runs, int column, int parameter, ParameterGrouping g) {
        SummaryStatistics[] s = new SummaryStatistics[g.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = new SummaryStatistics();
        }
        for (List<String> r : runs.rows()) {
            double v = CsvTable.number(r.get(column));
            int i = g.groupOf(r.get(parameter));
            if (!Double.isNaN(v) && i >= 0) {
                s[i].addValue(v);
            }
        }
        return s;
    }

    /** Mean, low, high of one group's values. */
    static double[] interval(SummaryStatistics s, boolean binary) {
        if (binary) {
            WilsonInterval w = WilsonInterval.of(Math.round(s.getSum()), s.getN());
            return new double[] {w.rate(), w.low(), w.high()};
        }
        MeanInterval m = MeanInterval.of(s.getN(), s.getN() == 0 ? Double.NaN : s.getMean(), s.getStandardDeviation());
        return new double[] {m.mean(), Double.isNaN(m.low()) ? m.mean() : m.low(), Double.isNaN(m.high()) ? m.mean() : m.high()};
    }

    private static String yLabel(String id, boolean binary) {
        return binary ? "share of runs with measure " + id + " = 1" : "mean of measure " + id;
    }

    private static NamedChart line(String scenarioName, String id, boolean binary, ParameterGrouping g,
                                   SummaryStatistics[] s) {
        String band = binary ? "95 % Wilson interval" : "95 % interval (mean +- t * SE)";
        long minN = Long.MAX_VALUE;
        long maxN = 0;
        IntervalSeries series = new IntervalSeries(yLabel(id, binary), band, g.numeric());
        for (int i = 0; i < s.length; i++) {
            if (s[i].getN() > 0) {
                double[] v = interval(s[i], binary);
                series.add(g.numeric() ? g.positions()[i] : i, v[0], v[1], v[2]);
            }
        }
        XYDataset data = series.data();
        XYItemRenderer renderer = series.renderer();
        for (SummaryStatistics x : s) {
            if (x.getN() > 0) {
                minN = Math.min(minN, x.getN());
                maxN = Math.max(maxN, x.getN());
            }
        }
        NumberAxis y = new NumberAxis(yLabel(id, binary));
        if (binary) {
            y.setRange(-0.02, 1.05);
        } else {
            y.setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(data, axis(g), y, renderer);
        String n = minN == Long.MAX_VALUE ? "no runs with a value" : minN == maxN ? minN + " runs per point"
                : minN + " to " + maxN + " runs per point";
        JFreeChart chart = ChartStyle.chart("Measure " + id + " by " + g.path(), scenarioName + " — " + n, plot, true);
        IntervalSeries.colour(renderer);
        return new NamedChart(ChartNames.measure(id, g.path()), (binary ? "The share of runs in which measure " + id
                + " is 1" : "The mean of measure " + id) + ", against " + g.path()
                + (g.binning() != null ? " (" + g.binning().bins() + " equal-width bins)" : "") + ", with its " + band
                + "; runs in which its stage did not run are left out.", chart);
    }

    private static NamedChart heatMap(String scenarioName, String id, boolean binary, CsvTable runs, int column,
                                      ParameterGrouping gx, ParameterGrouping gy) {
        int nx = gx.size();
        int ny = gy.size();
        SummaryStatistics[][] s = new SummaryStatistics[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                s[i][j] = new SummaryStatistics();
            }
        }
        int xc = runs.column(gx.path());
        int yc = runs.column(gy.path());
        for (List<String> r : runs.rows()) {
            double v = CsvTable.number(r.get(column));
            int i = gx.groupOf(r.get(xc));
            int j = gy.groupOf(r.get(yc));
            if (!Double.isNaN(v) && i >= 0 && j >= 0) {
                s[i][j].addValue(v);
            }
        }
        double lo = binary ? 0 : Double.POSITIVE_INFINITY;
        double hi = binary ? 1 : Double.NEGATIVE_INFINITY;
        for (SummaryStatistics[] row : s) {
            for (SummaryStatistics cell : row) {
                if (!binary && cell.getN() > 0) {
                    lo = Math.min(lo, cell.getMean());
                    hi = Math.max(hi, cell.getMean());
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double low = lo;
        double range = hi - lo;
        HeatMapLabels.CellShade shade = (i, j) -> s[i][j].getN() == 0 ? Double.NaN : (s[i][j].getMean() - low) / range;
        XYPlot plot = SweepCharts.heatPlot(id, gx, gy, shade);
        String what = binary ? "share of runs with measure " + id + " = 1" : "mean of measure " + id;
        JFreeChart chart = ChartStyle.chart("Measure " + id + " by " + gx.path() + " and " + gy.path(),
                scenarioName + " — colour: " + what + " (" + ScenarioText.number(lo) + " to "
                        + ScenarioText.number(hi) + ")", plot, false);
        HeatMapLabels.add(plot, nx, ny, (i, j) -> s[i][j].getN() == 0 ? "no runs"
                : ScenarioText.number(s[i][j].getMean()), (i, j) -> s[i][j].getN(), shade);
        SweepCharts.addLegend(chart, what, lo, hi);
        return new NamedChart(ChartNames.measureHeatMap(id, gx.path(), gy.path()), "The " + what
                + " for each combination of " + gx.path() + " and " + gy.path() + ".", chart);
    }

    private static ValueAxis axis(ParameterGrouping g) {
        return g.numeric() ? SweepCharts.numberAxis(g) : SweepCharts.symbols(g);
    }
}
