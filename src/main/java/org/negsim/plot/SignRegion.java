package org.negsim.plot;

import org.negsim.discover.Discovery;
import org.negsim.discover.DiscoveryReport;
import org.negsim.discover.Input;
import org.negsim.discover.Limit;
import org.negsim.discover.Region;
import org.negsim.discover.Step;

/**
 * The "Where it signs" section of a sweep's report: PRIM with its defaults on the success of the
 * last stage over the varied parameters — the chosen box with its limits and quasi-p-values, and the
 * coverage–density chart — or, when PRIM has nothing to search, why.
 *
 * @param stage     the stage searched
 * @param discovery the result, or {@code null} when there is none
 * @param reason    why there is no result (when {@code discovery} is null)
 * @param chart     the trade-off chart, or {@code null}
 */
public record SignRegion(String stage, Discovery discovery, String reason, Figure chart) {

    /** The section's HTML (escaped). */
    static String html(SignRegion s) {
        StringBuilder h = new StringBuilder();
        h.append("<h2 id=\"where-it-signs\">Where it signs</h2>\n<p>PRIM scenario discovery (Friedman &amp; Fisher 1999, ")
                .append("as in the EMA Workbench; peel and paste alpha 0.05, minimum mass 0.05) on the success of stage <code>")
                .append(Html.escape(s.stage())).append("</code> over the varied parameters: the box chosen is the densest ")
                .append("with coverage &ge; 0.8. The same as <code>negsim discover RESULTS --outcome success</code>.</p>\n");
        if (s.discovery() == null) {
            h.append("<p>No box: ").append(Html.escape(s.reason())).append(".</p>\n");
            return h.toString();
        }
        Discovery d = s.discovery();
        Region r = d.regions().get(0);
        Step c = r.chosenStep();
        h.append("<p>Box ").append(r.chosen()).append(" of the trajectory: ").append(c.rows()).append(" of ")
                .append(d.rows()).append(" runs, of which ").append(c.cases()).append(" succeeded; coverage ")
                .append(Html.escape(ScenarioText.number(c.coverage()))).append(", density ")
                .append(Html.escape(ScenarioText.number(c.density()))).append(" (all runs: ")
                .append(Html.escape(ScenarioText.number((double) d.cases() / d.rows()))).append(").</p>\n");
        if (r.limits().isEmpty()) {
            h.append("<p>No parameter is restricted: no box is denser than all runs.</p>\n");
        } else {
            h.append("<table>\n<tr><th>parameter</th><th>low</th><th>high</th><th>quasi-p low</th><th>quasi-p high</th></tr>\n");
            for (Limit l : r.limits()) {
                boolean cat = l.kind() == Input.Kind.CATEGORICAL;
                h.append("<tr><td>").append(Html.escape(l.input())).append("</td>");
                if (cat) {
                    h.append("<td colspan=\"2\">").append(Html.escape(String.join(", ", l.categories()))).append("</td>");
                } else {
                    h.append(cell(ScenarioText.number(l.low()))).append(cell(ScenarioText.number(l.high())));
                }
                h.append(cell(DiscoveryReport.quasiP(l.qpLow()))).append(cell(DiscoveryReport.quasiP(l.qpHigh()))).append("</tr>\n");
            }
            h.append("</table>\n");
        }
        if (s.chart() != null) {
            h.append(HtmlReport.figure(s.chart()));
        }
        return h.toString();
    }

    private static String cell(String text) {
        return "<td class=\"n\">" + Html.escape(text) + "</td>";
    }
}
