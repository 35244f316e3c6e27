package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private String runReport() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.runFolder(dir));
        return HtmlReport.render(r, null, List.of(new Figure("signatures-call.png", "Caption <x>", PNG)));
    }

    @Test
    void everythingFromTheScenarioIsEscaped() throws Exception {
        String html = runReport();
        assertTrue(html.contains("<h1>tiny-call</h1>"));
        assertTrue(html.contains("A &lt;b&gt;tiny&lt;/b&gt; scenario &amp; its &quot;quotes&quot;"));
        assertTrue(html.contains("<li>Source &lt;one&gt;</li>"));
        assertTrue(html.contains("https://example.org/a?b=1&amp;c=2"));
        assertTrue(html.contains("Restraint &lt;cyber&gt;"));
        assertTrue(html.contains("Forum &lt;x&gt;"));
        assertFalse(html.contains("<b>tiny"));
    }

    @Test
    void selfContainedWithoutScriptOrExternalResources() throws Exception {
        String html = runReport();
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertFalse(html.contains("<link"));
        Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:image/png;base64,"), src.group(1));
            images++;
        }
        assertEquals(1, images);
        assertTrue(html.contains("data:image/png;base64,iVBORw==")); // base64 of 89 50 4E 47
        assertTrue(html.contains("alt=\"Caption &lt;x&gt;\""));
    }

    @Test
    void scenarioSummaryListsIssuesActorsByKindAndStagesWithRules() throws Exception {
        String html = runReport();
        assertTrue(html.contains("<tr><td>state</td><td class=\"n\">3</td><td>Alpha, Beta, Gamma</td></tr>"));
        assertTrue(html.contains("majority (quota two-thirds)"));
        assertTrue(html.contains("success: ≥ 2 state and ≥ 50 % of all actors"));
        assertTrue(html.contains("state (3)"), "members with their count");
        assertTrue(html.contains("inherited from the previous stage"));
        assertTrue(html.contains("founders: A"));
    }

    @Test
    void runOutcomePerStage() throws Exception {
        String html = runReport();
        assertTrue(html.contains("<td>call</td><td>open-declaration</td><td>success conditions met</td>"
                + "<td class=\"n\">2</td><td class=\"n\">2</td><td class=\"n\">3</td><td class=\"n\">6</td>"
                + "<td>5 (1 civil, 2 firm, 2 state)</td><td></td>"), html);
        assertTrue(html.contains("<td>vote</td><td>majority</td><td>not adopted</td>"));
        assertTrue(html.contains("<td>1 / 2 / 0</td>"));
    }

    @Test
    void sweepOutcomeHasWilsonIntervalsOverallAndPerParameter() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.sweepFolder(dir));
        String html = HtmlReport.render(r, new SuccessRates(r, 10), List.of());
        // call: 3 of 5, Wilson [0.2307, 0.8824]
        assertTrue(html.contains("<td>call</td><td class=\"n\">5</td><td class=\"n\">5</td><td class=\"n\">3</td>"
                + "<td class=\"n\">0.6</td><td class=\"n\">[0.2307, 0.8824]</td>"), html);
        assertTrue(html.contains("<h3>By p</h3>"));
        assertTrue(html.contains("<td>1.0</td><td class=\"n\">0.6667 [0.2077, 0.9385] (3)</td>"), html);
        // vote: ran in 2 of 5 runs and succeeded once; the runs in which it did not run count as failures
        assertTrue(html.contains("<td>vote</td><td class=\"n\">5</td><td class=\"n\">2</td><td class=\"n\">1</td>"
                + "<td class=\"n\">0.2</td>"), html);
    }
}
