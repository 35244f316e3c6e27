package org.negsim.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.negsim.random.Seeds;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.power.PowerAnalysis;
import org.negsim.power.PowerException;
import org.negsim.power.PowerTable;

/**
 * The voting power of each vote stage of a scenario (as written; for a sweep, before the varied
 * values) for {@code plot} and {@code report}: a bar chart {@code power-STAGE.png} of the normalised
 * Banzhaf and Shapley–Shubik indices per member, largest first (the {@value #MAX_BARS} largest when
 * there are more than {@value #MAX_SHOWN} members), and an HTML table. Monte Carlo estimates, when
 * needed, use the seed of run 0. Not thread-safe.
 */
public final class PowerCharts {

    /** Members shown in full up to this many. */
    static final int MAX_SHOWN = 40;
    /** Members shown when there are more. */
    static final int MAX_BARS = 30;

    /**
     * One vote stage's power.
     *
     * @param stage the stage
     * @param table its power table, or null when it cannot be computed
     * @param error why not, or null
     */
    public record StagePower(Stage stage, PowerTable table, String error) {
    }

    private PowerCharts() {
    }

    /** The power of every vote stage of the scenario, in stage order. */
    public static List<StagePower> of(Scenario scenario) {
        List<StagePower> out = new ArrayList<>();
        PowerAnalysis.Options options = PowerAnalysis.Options.auto(Seeds.forRun(scenario.seed(), 0, 0));
        for (Stage stage : PowerAnalysis.voteStages(scenario)) {
            try {
                out.add(new StagePower(stage, PowerAnalysis.of(scenario, stage, options), null));
            } catch (PowerException e) {
                out.add(new StagePower(stage, null, e.getMessage()));
            }
        }
        return out;
    }

    /** The members in the order shown: decreasing Penrose measure, scenario order among equals. */
    static List<Integer> order(PowerTable p) {
        return IntStream.range(0, p.size()).boxed().sorted(Comparator.comparingDouble((Integer i) -> -p.penrose()[i]))
                .toList();
    }

    /** One bar chart per stage whose power could be computed. */
    public static List<NamedChart> charts(Scenario scenario, List<StagePower> powers) {
        List<NamedChart> charts = new ArrayList<>();
        for (StagePower sp : powers) {
            if (sp.table() != null) {
                charts.add(chart(scenario, sp.stage(), sp.table()));
            }
        }
        return charts;
    }

    static NamedChart chart(Scenario scenario, Stage stage, PowerTable p) {
        List<Integer> order = order(p);
        boolean cut = order.size() > MAX_SHOWN;
        if (cut) {
            order = order.subList(0, MAX_BARS);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i : order) {
            String id = p.players().get(i);
            data.addValue(Double.isNaN(p.banzhaf()[i]) ? 0 : p.banzhaf()[i], "normalised Banzhaf", id);
            data.addValue(p.shapleyShubik()[i], "Shapley–Shubik", id);
        }
        boolean allEqual = IntStream.range(0, p.size()).allMatch(i -> p.penrose()[i] == p.penrose()[0]);
        CategoryAxis x = new CategoryAxis(!cut ? "member" : allEqual ? "member (" + MAX_BARS + " of " + p.size()
                + " shown; all have equal power)" : "member (the " + MAX_BARS + " largest of " + p.size() + ")");
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setTickLabelFont(ChartStyle.TICK);
        NumberAxis y = new NumberAxis("share of voting power (each index sums to 1 over the members)");
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, ChartStyle.colour(0));
        bars.setSeriesPaint(1, ChartStyle.colour(1));
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String method = p.method().exact() ? "exact" : "Monte Carlo estimate, " + p.estimate().samples() + " draws";
        JFreeChart chart = ChartStyle.chart("Voting power: " + stage.id() + " (" + stage.rule().type() + ")",
                scenario.name() + " — " + p.size() + " members, " + method + ", winning coalitions "
                        + String.format(Locale.ROOT, "%.2f %%", 100 * p.winningShare()), plot, true);
        return new NamedChart("power-" + ChartNames.safe(stage.id()) + ".png", "Each member's share of voting power"
                + " under the rule of " + stage.id() + " (normalised Banzhaf and Shapley–Shubik indices), largest first.",
                chart);
    }

    /** The HTML section: one table per vote stage (nothing when the scenario has none). */
    public static String html(Scenario scenario, List<StagePower> powers) {
        if (powers.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<h2 id=\"power\">Voting power</h2>\n<p>In the simple game of each vote"
                + " stage's rule: a coalition wins when its members voting yes and all others no would adopt the text."
                + " Penrose = swings / 2<sup>n−1</sup>; Banzhaf = swings / all swings; Shapley–Shubik = share of"
                + " orderings in which the member is pivotal.</p>\n");
        for (StagePower sp : powers) {
            h.append("<h3>").append(Html.escape(sp.stage().id() + " (" + sp.stage().rule().type() + ")")).append("</h3>\n");
            PowerTable p = sp.table();
            if (p == null) {
                h.append("<p>Not computed: ").append(Html.escape(sp.error())).append("</p>\n");
                continue;
            }
            h.append("<p>").append(Html.escape(p.method().label()));
            if (p.estimate() != null) {
                h.append(", ").append(p.estimate().samples()).append(" draws, seed ").append(p.estimate().seed())
                        .append(" (").append(Html.escape(p.estimate().reason())).append("; 95 % intervals in brackets)");
            }
            h.append(". Winning coalitions: ").append(p.winning() == null ? "" : Html.escape(p.winning() + " of "))
                    .append("2<sup>").append(p.size()).append("</sup>, ")
                    .append(Html.escape(String.format(Locale.ROOT, "%.4f %%", 100 * p.winningShare()))).append(".</p>\n");
            h.append("<table>\n<tr><th>actor</th><th>name</th><th>Penrose</th><th>Banzhaf</th><th>Shapley–Shubik</th></tr>\n");
            for (int i : order(p)) {
                String id = p.players().get(i);
                String name = scenario.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                        .map(a -> a.name()).orElse(id);
                h.append("<tr><td>").append(Html.escape(id)).append("</td><td>").append(Html.escape(name)).append("</td>")
                        .append(cell(p.penrose()[i], p.estimate() == null ? null : p.estimate().penrose()[i]))
                        .append(cell(p.banzhaf()[i], p.estimate() == null ? null : p.estimate().banzhaf()[i]))
                        .append(cell(p.shapleyShubik()[i], p.estimate() == null ? null : p.estimate().shapleyShubik()[i]))
                        .append("</tr>\n");
            }
            h.append("</table>\n");
        }
        return h.toString();
    }

    private static String cell(double x, PowerTable.Interval ci) {
        String v = Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.6f", x);
        if (ci != null && !Double.isNaN(ci.low())) {
            v += String.format(Locale.ROOT, " [%.6f, %.6f]", ci.low(), ci.high());
        }
        return "<td class=\"n\">" + Html.escape(v) + "</td>";
    }
}
