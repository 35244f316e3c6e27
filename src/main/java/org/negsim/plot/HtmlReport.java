package org.negsim.plot;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negsim.model.Actor;
import org.negsim.model.Issue;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.model.SuccessCondition;
import org.negsim.model.TextSpec;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.negsim.stats.WilsonInterval;

/**
 * One self-contained HTML page about a results folder: the scenario (name, description, sources,
 * issues, actors by kind, stages with their rules), the outcome (a run: per stage; a sweep: the
 * success rate with its 95 % Wilson interval per stage and per varied parameter) and the charts
 * as {@code data:} URIs. Inline CSS, no script, no external resource; everything that comes from
 * the scenario or the results is HTML-escaped. Not thread-safe.
 */
public final class HtmlReport {

    /** Most actor names listed per kind; the rest are counted. */
    static final int MAX_NAMES = 12;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2em auto;\
            max-width:1060px;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.95em}
            th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1.5em 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
            figcaption{color:#555;font-size:.95em}.meta{color:#555}code{font-size:.95em}
            """;

    private final ResultsSet results;
    private final Scenario scenario;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private HtmlReport(ResultsSet results) {
        this.results = results;
        this.scenario = results.scenario();
    }

    /**
     * The report page.
     *
     * @param results the results folder
     * @param rates   a sweep's success rates, {@code null} for a run
     * @param figures the rendered charts, in order
     */
    public static String render(ResultsSet results, SuccessRates rates, List<Figure> figures) throws IOException {
        return render(results, rates, figures, PowerCharts.of(results.scenario()), null);
    }

    /** The line that marks a page as a negsim report (so {@code --overwrite} may replace it). */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"negsim report\">";

    /**
     * The report page.
     *
     * @param results the results folder
     * @param rates   a sweep's success rates, {@code null} for a run
     * @param figures the rendered charts, in order
     * @param power   the vote stages' power, already computed
     * @param signs   PRIM on the success of the last stage, or {@code null} for no "Where it signs" section
     */
    public static String render(ResultsSet results, SuccessRates rates, List<Figure> figures,
                                List<PowerCharts.StagePower> power, SignRegion signs) throws IOException {
        return new HtmlReport(results).page(rates, figures, power, signs);
    }

    private String page(SuccessRates rates, List<Figure> figures, List<PowerCharts.StagePower> power,
                        SignRegion signs) throws IOException {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(GENERATOR).append("\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e("negsim report: " + scenario.name())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(e(scenario.name())).append("</h1>\n");
        if (!scenario.description().isEmpty()) {
            html.append("<p>").append(e(scenario.description())).append("</p>\n");
        }
        meta();
        scenarioSection();
        if (rates == null) {
            runOutcome();
        } else {
            sweepOutcome(rates);
            measureSections(rates);
        }
        html.append(PowerCharts.html(scenario, power));
        if (signs != null) {
            html.append(SignRegion.html(signs));
        }
        html.append("<h2 id=\"charts\">Charts</h2>\n");
        if (figures.isEmpty()) {
            html.append("<p>No charts: ").append(results.isSweep() ? "no stage ran." : "the folder has no rounds.csv.")
                    .append("</p>\n");
        }
        for (Figure f : figures) {
            html.append(figure(f));
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** A figure element with the PNG as a data URI and the caption with the file name. */
    static String figure(Figure f) {
        return "<figure id=\"" + e(f.fileName()) + "\">\n<img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(f.png()) + "\" width=\"" + ChartStyle.WIDTH
                + "\" height=\"" + ChartStyle.HEIGHT + "\" alt=\"" + e(f.caption())
                + "\">\n<figcaption>" + e(f.caption()) + " <code>" + e(f.fileName())
                + "</code></figcaption>\n</figure>\n";
    }

    private void meta() {
        html.append("<p class=\"meta\">");
        String end = results.manifestString("endTime");
        if (results.isSweep()) {
            html.append("Sweep (").append(e(results.designType())).append(" design), ")
                    .append(e(String.valueOf(results.manifestString("runs")))).append(" runs, master seed ")
                    .append(e(results.manifestString("masterSeed")));
            if (end == null) {
                html.append(". <strong>The sweep is incomplete</strong> (no end time): the figures cover the runs written so far");
            }
        } else {
            html.append("Single run, seed ").append(e(results.manifestString("runSeed")));
            if (!results.parameters().isEmpty()) {
                List<String> set = new ArrayList<>();
                results.parameters().forEach((k, v) -> set.add(k + " = " + v));
                html.append(", with ").append(e(String.join(", ", set)));
            }
        }
        html.append(". Scenario file ").append(e(results.manifestString("scenarioFile")))
                .append(", negsim ").append(e(results.manifestString("engineVersion")))
                .append(", started ").append(e(results.manifestString("startTime")))
                .append(end != null ? ", ended " + e(end) : "").append(".<br>Results folder: <code>")
                .append(e(results.folder().toString())).append("</code>; command line: <code>negsim ")
                .append(e(commandLine())).append("</code></p>\n");
    }

    private String commandLine() {
        JsonElement c = results.manifest().get("commandLine");
        List<String> args = new ArrayList<>();
        if (c != null && c.isJsonArray()) {
            for (JsonElement a : c.getAsJsonArray()) {
                args.add(a.isJsonPrimitive() ? a.getAsString() : a.toString());
            }
        }
        return String.join(" ", args);
    }

    private void scenarioSection() {
        html.append("<h2 id=\"scenario\">Scenario</h2>\n");
        if (!scenario.sources().isEmpty()) {
            html.append("<h3>Sources</h3>\n<ul>\n");
            for (String s : scenario.sources()) {
                html.append("<li>").append(e(s)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3>Issues</h3>\n<table>\n<tr><th>issue</th><th>label</th><th>status quo</th></tr>\n");
        for (Issue i : scenario.issues()) {
            html.append("<tr><td>").append(e(i.id())).append("</td><td>").append(e(i.label())).append("</td>")
                    .append(num(i.statusQuo())).append("</tr>\n");
        }
        html.append("</table>\n<h3>Actors by kind</h3>\n<table>\n<tr><th>kind</th><th>actors</th><th>who</th></tr>\n");
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String k : scenario.kinds()) {
            byKind.put(k, new ArrayList<>());
        }
        for (Actor a : scenario.actors()) {
            byKind.get(a.kind()).add(a.name());
        }
        for (Map.Entry<String, List<String>> k : byKind.entrySet()) {
            List<String> names = k.getValue();
            String who = names.size() <= MAX_NAMES ? String.join(", ", names)
                    : String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
            html.append("<tr><td>").append(e(k.getKey())).append("</td><td class=\"n\">").append(names.size())
                    .append("</td><td>").append(e(who)).append("</td></tr>\n");
        }
        html.append("</table>\n<h3>Stages</h3>\n<table>\n<tr><th>stage</th><th>forum</th><th>rule</th><th>members</th>")
                .append("<th>text</th><th>rounds</th><th>runs when</th><th>details</th></tr>\n");
        JsonArray stageTrees = results.manifest().getAsJsonObject("scenario").getAsJsonArray("stages");
        for (int s = 0; s < scenario.stages().size(); s++) {
            Stage st = scenario.stages().get(s);
            long members = scenario.actors().stream().filter(a -> st.members().matches(a)).count();
            html.append("<tr><td>").append(e(st.id())).append("</td><td>").append(e(st.forum() == null ? "" : st.forum()))
                    .append("</td><td>").append(e(usedRule(stageTrees.get(s).getAsJsonObject().getAsJsonObject("rule"), st.id(), s)))
                    .append("</td><td>").append(e(ScenarioText.selector(st.members()) + " (" + members + ")"))
                    .append("</td><td>").append(e(text(st.text()))).append("</td><td class=\"n\">").append(st.rounds())
                    .append("</td><td>").append(e(st.when().toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                    .append("</td><td>").append(e(details(st))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * The rule of a stage as its runs used it: as written in the file when nothing of the stage was
     * varied, else the rule types of its rows and the values of each varied field of the stage.
     */
    private String usedRule(JsonObject rule, String stage, int position) {
        List<String> used = StageVariation.used(results.runs(), stage, position);
        if (used.isEmpty()) {
            return rule(rule);
        }
        return String.join(", ", StageVariation.rules(results.runs(), stage)) + "; the runs used "
                + String.join("; ", used);
    }

    /** The rule as written: its type and its parameters, e.g. {@code majority (quota two-thirds)}. */
    static String rule(JsonObject rule) {
        List<String> params = new ArrayList<>();
        String type = "";
        for (Map.Entry<String, JsonElement> p : rule.entrySet()) {
            String v = p.getValue().isJsonPrimitive() ? p.getValue().getAsString() : p.getValue().toString();
            if (p.getKey().equals("type")) {
                type = v;
            } else {
                params.add(p.getKey() + " " + v);
            }
        }
        return params.isEmpty() ? type : type + " (" + String.join(", ", params) + ")";
    }

    private String text(TextSpec t) {
        return switch (t.mode()) {
            case OBJECT -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < scenario.issues().size(); i++) {
                    parts.add(scenario.issues().get(i).id() + " " + ScenarioText.number(t.values()[i]));
                }
                yield String.join(", ", parts);
            }
            case INITIATOR -> "position of " + t.initiator();
            case COMPROMISE -> "compromise of the members' positions";
            case INHERIT -> "inherited from the previous stage";
        };
    }

    private static String details(Stage st) {
        List<String> d = new ArrayList<>();
        if (!st.success().isEmpty()) {
            List<String> c = new ArrayList<>();
            for (SuccessCondition s : st.success()) {
                c.add(ScenarioText.condition(s));
            }
            d.add("success: " + String.join(" and ", c));
        }
        if (!st.founders().isEmpty()) {
            d.add("founders: " + String.join(", ", st.founders()));
        }
        if (!st.isOpenDeclaration()) {
            d.add("concession " + ScenarioText.number(st.concession()));
        }
        if (st.entryIntoForceDelay() > 0) {
            d.add("in force " + st.entryIntoForceDelay() + " rounds after success");
        }
        if (st.allowWithdrawal()) {
            d.add("withdrawal allowed");
        }
        return String.join("; ", d);
    }

    private void runOutcome() throws IOException {
        CsvTable runs = results.runs();
        Map<String, Integer> c = runs.index();
        html.append("<h2 id=\"outcome\">Outcome</h2>\n<table>\n<tr><th>stage</th><th>rule</th><th>outcome</th>")
                .append("<th>success round</th><th>in force round</th><th>rounds run</th><th>members</th>")
                .append("<th>supporters at the end</th><th>last vote (yes / no / abstain)</th></tr>\n");
        String first = runs.rows().isEmpty() ? null : runs.rows().get(0).get(runs.requireColumn("run"));
        for (List<String> r : runs.rows()) {
            if (!r.get(c.get("run")).equals(first)) {
                continue;
            }
            boolean executed = CsvTable.isTrue(r.get(c.get("executed")));
            boolean success = CsvTable.isTrue(r.get(c.get("success")));
            boolean vote = !"open-declaration".equals(r.get(c.get("rule")));
            String outcome = !executed ? "did not run"
                    : vote ? (success ? "adopted" : "not adopted")
                    : (success ? "success conditions met" : "success conditions not met");
            List<String> byKind = new ArrayList<>();
            for (String k : scenario.kinds()) {
                String v = r.get(c.get("joined_" + k));
                if (!v.isEmpty()) {
                    byKind.add(v + " " + k);
                }
            }
            String supporters = executed ? r.get(c.get("joined")) + (byKind.isEmpty() ? "" : " (" + String.join(", ", byKind) + ")") : "";
            String votes = vote && executed ? r.get(c.get("yes")) + " / " + r.get(c.get("no")) + " / " + r.get(c.get("abstain")) : "";
            html.append("<tr><td>").append(e(r.get(c.get("stage")))).append("</td><td>").append(e(r.get(c.get("rule"))))
                    .append("</td><td>").append(e(outcome)).append("</td><td class=\"n\">").append(e(r.get(c.get("success_round"))))
                    .append("</td><td class=\"n\">").append(e(r.get(c.get("in_force_round"))))
                    .append("</td><td class=\"n\">").append(e(r.get(c.get("rounds"))))
                    .append("</td><td class=\"n\">").append(e(r.get(c.get("members"))))
                    .append("</td><td>").append(e(supporters)).append("</td><td>").append(e(votes)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void sweepOutcome(SuccessRates rates) {
        html.append("<h2 id=\"outcome\">Outcome</h2>\n<p>Success rate = share of all runs in which the stage ran and")
                .append(" succeeded (adopted, or success conditions met), with its 95 % Wilson score interval; a stage that")
                .append(" did not run counts as not successful, as in <code>negsim inspect</code>.</p>\n")
                .append("<table>\n<tr><th>stage</th><th>runs</th><th>ran in</th><th>successes</th>")
                .append("<th>success rate</th><th>95 % interval</th></tr>\n");
        List<SuccessRates.StageRates> stages = new ArrayList<>();
        for (Stage st : scenario.stages()) {
            SuccessRates.StageRates s = rates.stage(st.id());
            stages.add(s);
            WilsonInterval w = s.overall();
            html.append("<tr><td>").append(e(st.id())).append("</td><td class=\"n\">").append(s.runs())
                    .append("</td><td class=\"n\">").append(s.ran()).append("</td><td class=\"n\">").append(w.successes())
                    .append("</td>").append(num(w.rate())).append("<td class=\"n\">").append(e(interval(w)))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (ParameterGrouping g : rates.groupings()) {
            html.append("<h3>By ").append(e(g.path())).append("</h3>\n");
            if (g.binning() != null) {
                html.append("<p>Runs grouped into ").append(g.binning().bins()).append(" equal-width bins of the range ")
                        .append(e(ScenarioText.number(g.binning().min()) + ".." + ScenarioText.number(g.binning().max())))
                        .append(".</p>\n");
            }
            html.append("<table>\n<tr><th>").append(e(g.path())).append("</th>");
            for (SuccessRates.StageRates s : stages) {
                html.append("<th>").append(e(s.stage())).append(": rate [95 % interval] (runs)</th>");
            }
            html.append("</tr>\n");
            for (int i = 0; i < g.size(); i++) {
                html.append("<tr><td>").append(e(g.labels().get(i))).append("</td>");
                for (SuccessRates.StageRates s : stages) {
                    WilsonInterval w = s.byParameter().get(g.path()).get(i).interval();
                    html.append("<td class=\"n\">").append(e(w.trials() == 0 ? "no runs"
                            : ScenarioText.number(w.rate()) + " " + interval(w) + " (" + w.trials() + ")")).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
    }

    /** A section per measure column: per varied parameter and group n, the mean and its 95 % interval. */
    private void measureSections(SuccessRates rates) {
        CsvTable runs = results.runs();
        for (int c : MeasureCharts.measureColumns(runs)) {
            String id = runs.header().get(c).substring("measure_".length());
            boolean binary = MeasureCharts.binary(runs, c);
            html.append("<h2 id=\"measure-").append(e(id)).append("\">Measure ").append(e(id)).append("</h2>\n<p>")
                    .append(binary ? "Every value is 0 or 1: the mean is the share of runs in which it is 1, with its 95 %"
                            + " Wilson interval." : "Mean with its 95 % interval (mean ± t·standard error).")
                    .append(" Runs in which its stage did not run have no value and are left out.</p>\n");
            for (ParameterGrouping g : rates.groupings()) {
                SummaryStatistics[] s = MeasureCharts.statistics(runs, c, runs.column(g.path()), g);
                html.append("<table>\n<tr><th>").append(e(g.path())).append("</th><th>n</th><th>mean</th>")
                        .append("<th>95 % interval</th></tr>\n");
                for (int i = 0; i < g.size(); i++) {
                    double[] v = MeasureCharts.interval(s[i], binary);
                    html.append("<tr><td>").append(e(g.labels().get(i))).append("</td><td class=\"n\">")
                            .append(s[i].getN()).append("</td>").append(num(v[0])).append("<td class=\"n\">")
                            .append(e(s[i].getN() < (binary ? 1 : 2) ? "–" : "[" + ScenarioText.number(v[1]) + ", "
                                    + ScenarioText.number(v[2]) + "]")).append("</td></tr>\n");
                }
                html.append("</table>\n");
            }
        }
    }

    private static String interval(WilsonInterval w) {
        return w.trials() == 0 ? "–" : "[" + ScenarioText.number(w.low()) + ", " + ScenarioText.number(w.high()) + "]";
    }

    private static String num(double x) {
        return "<td class=\"n\">" + e(ScenarioText.number(x)) + "</td>";
    }

    private static String e(String s) {
        return Html.escape(s);
    }
}
