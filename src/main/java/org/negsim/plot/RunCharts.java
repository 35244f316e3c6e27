package org.negsim.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.negsim.model.Actor;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;

/**
 * The charts of a single run ({@code negsim run}), from {@code rounds.csv} and {@code runs.csv}:
 * per open-declaration stage the signature curve by kind with the success thresholds and the
 * success round; per vote stage the text's position per issue with the adoption round. A stage
 * that did not run has no chart. Not thread-safe.
 */
public final class RunCharts {

    private RunCharts() {
    }

    /** The outcome cells of one stage in {@code runs.csv} that the charts mark. */
    record StageRow(boolean executed, boolean success, int successRound, int inForceRound, int rounds) {
    }

    /**
     * The charts of the first run of the results (a {@code run} folder has exactly one), in stage
     * order; empty when the folder has no {@code rounds.csv}.
     */
    public static List<NamedChart> of(ResultsSet results) throws IOException {
        List<NamedChart> charts = new ArrayList<>();
        if (results.rounds() == null || results.runs().rows().isEmpty()) {
            return charts;
        }
        Map<String, StageRow> rows = stageRows(results.runs());
        long run = Long.parseLong(results.runs().rows().get(0).get(results.runs().requireColumn("run")));
        Scenario scenario = results.scenario();
        for (Stage stage : scenario.stages()) {
            StageRow row = rows.get(stage.id());
            StageTrace trace = StageTrace.of(results.rounds(), scenario, run, stage.id());
            if (row == null || !row.executed() || trace == null) {
                continue;
            }
            charts.add(stage.isOpenDeclaration() ? signatures(scenario, stage, trace, row) : text(scenario, stage, trace, row));
        }
        return charts;
    }

    /** The outcome of each stage of the first run in {@code runs.csv}, by stage id. */
    static Map<String, StageRow> stageRows(CsvTable runs) throws IOException {
        int run = runs.requireColumn("run");
        int stage = runs.requireColumn("stage");
        int executed = runs.requireColumn("executed");
        int success = runs.requireColumn("success");
        int successRound = runs.requireColumn("success_round");
        int inForce = runs.requireColumn("in_force_round");
        int rounds = runs.requireColumn("rounds");
        Map<String, StageRow> out = new LinkedHashMap<>();
        String first = runs.rows().isEmpty() ? null : runs.rows().get(0).get(run);
        for (List<String> r : runs.rows()) {
            if (r.get(run).equals(first)) {
                out.put(r.get(stage), new StageRow(CsvTable.isTrue(r.get(executed)), CsvTable.isTrue(r.get(success)),
                        CsvTable.integer(r.get(successRound)), CsvTable.integer(r.get(inForce)),
                        CsvTable.integer(r.get(rounds))));
            }
        }
        return out;
    }

    /** The signature curve of an open-declaration stage. */
    static NamedChart signatures(Scenario scenario, Stage stage, StageTrace trace, StageRow row) {
        Map<String, Integer> actorsOfKind = new LinkedHashMap<>();
        for (String kind : scenario.kinds()) {
            actorsOfKind.put(kind, 0);
        }
        for (Actor a : scenario.actors()) {
            actorsOfKind.merge(a.kind(), 1, Integer::sum);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        Map<List<String>, Integer> seriesOfKinds = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : trace.joinedByKind().entrySet()) {
            seriesOfKinds.put(List.of(e.getKey()), data.getSeriesCount());
            data.addSeries(series(e.getKey() + " (of " + actorsOfKind.get(e.getKey()) + ")", trace.rounds(), e.getValue()));
        }
        List<SuccessThreshold> thresholds = SuccessThresholds.of(scenario, stage);
        List<String> notDrawn = new ArrayList<>();
        double top = max(trace.joined());
        for (SuccessThreshold t : thresholds) {
            if (!t.drawable()) {
                notDrawn.add(t.description());
                continue;
            }
            if (!seriesOfKinds.containsKey(t.kinds())) {
                double[] sum = new double[trace.rounds().length];
                for (String k : t.kinds()) {
                    double[] v = trace.joinedByKind().get(k);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += v[i];
                    }
                }
                boolean all = t.kinds().size() == scenario.kinds().size();
                seriesOfKinds.put(t.kinds(), data.getSeriesCount());
                data.addSeries(series(all ? "all actors (of " + scenario.actors().size() + ")"
                        : String.join(" + ", t.kinds()), trace.rounds(), sum));
            }
            top = Math.max(top, t.count());
        }
        NumberAxis x = roundAxis("round (0 = founders only, before the first round)", trace);
        NumberAxis y = new NumberAxis("actors joined (count)");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setRange(0, Math.max(1, top) * 1.08);
        XYLineAndShapeRenderer renderer = lines();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (SuccessThreshold t : thresholds) {
            if (t.drawable()) {
                Color c = ChartStyle.colour(seriesOfKinds.get(t.kinds()));
                plot.addRangeMarker(marker(t.count(), c, "success needs " + t.description(), false));
            }
        }
        String outcome;
        if (row.success()) {
            plot.addDomainMarker(marker(row.successRound(), Color.BLACK, "success, round " + row.successRound(), true));
            if (row.inForceRound() > row.successRound()) {
                plot.addDomainMarker(marker(row.inForceRound(), Color.DARK_GRAY, "in force, round " + row.inForceRound(), true));
            }
            outcome = "met the success conditions in round " + row.successRound();
        } else {
            outcome = "did not meet the success conditions in " + row.rounds() + " rounds";
        }
        JFreeChart chart = ChartStyle.chart("Signatures by kind: " + stage.id(),
                scenario.name() + " — " + outcome, plot, true);
        if (!notDrawn.isEmpty()) {
            chart.addSubtitle(new TextTitle("Not drawn (not a count by kind): " + String.join("; ", notDrawn),
                    ChartStyle.SUBTITLE));
        }
        return new NamedChart(ChartNames.signatures(stage.id()), "Actors that joined " + stage.id()
                + " by the end of each round, one line per kind, with the success threshold"
                + (thresholds.size() == 1 ? "" : "s") + " (dashed) and the success round.", chart);
    }

    /** The text of a vote stage per issue and round. */
    static NamedChart text(Scenario scenario, Stage stage, StageTrace trace, StageRow row) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Issue issue : scenario.issues()) {
            data.addSeries(series(issue.id(), trace.rounds(), trace.text().get(issue.id())));
        }
        NumberAxis x = roundAxis("round (the text voted on in that round; 0 = the initial text)", trace);
        NumberAxis y = new NumberAxis("position of the text on the issue (0 to 1)");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, lines());
        String outcome;
        if (row.success()) {
            plot.addDomainMarker(marker(row.successRound(), Color.BLACK, "adopted in round " + row.successRound(), true));
            outcome = "adopted in round " + row.successRound();
        } else {
            outcome = "not adopted in " + row.rounds() + " round" + (row.rounds() == 1 ? "" : "s");
        }
        JFreeChart chart = ChartStyle.chart("Text per issue: " + stage.id() + " (" + ruleName(stage) + ")",
                scenario.name() + " — " + outcome, plot, true);
        return new NamedChart(ChartNames.text(stage.id()), "The text of " + stage.id()
                + " voted on in each round, one line per issue, as the chair amends it after failed votes.", chart);
    }

    static String ruleName(Stage stage) {
        String simple = stage.rule().getClass().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static XYSeries series(String key, int[] rounds, double[] values) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < rounds.length; i++) {
            if (!Double.isNaN(values[i])) {
                s.add(rounds[i], values[i]);
            }
        }
        return s;
    }

    private static NumberAxis roundAxis(String label, StageTrace trace) {
        NumberAxis x = new NumberAxis(label);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int last = trace.rounds()[trace.rounds().length - 1];
        x.setRange(trace.rounds()[0] - 0.3, Math.max(last, trace.rounds()[0] + 1) + 0.3);
        return x;
    }

    private static XYLineAndShapeRenderer lines() {
        return new XYLineAndShapeRenderer(true, true);
    }

    static ValueMarker marker(double at, Color colour, String label, boolean vertical) {
        ValueMarker m = new ValueMarker(at, colour, vertical ? new BasicStroke(2f) : ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.MARKER);
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        if (vertical) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                m = Math.max(m, v);
            }
        }
        return m;
    }
}
