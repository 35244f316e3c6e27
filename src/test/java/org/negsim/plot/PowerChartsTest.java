package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;

class PowerChartsTest {

    private static Scenario load(String file) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", file), List.of()).scenario();
    }

    @Test
    void oneBarChartPerVoteStageLargestFirst() throws Exception {
        Scenario eu = load("eu-copyright-2019.json");
        List<PowerCharts.StagePower> power = PowerCharts.of(eu);
        List<NamedChart> charts = PowerCharts.charts(eu, power);
        assertEquals(1, charts.size());
        assertEquals("power-council-vote.png", charts.get(0).fileName());
        CategoryDataset data = ((CategoryPlot) charts.get(0).chart().getPlot()).getDataset();
        assertEquals(28, data.getColumnCount());
        assertEquals("DEU", data.getColumnKey(0));
        assertEquals("MLT", data.getColumnKey(27));
        assertEquals(List.of("normalised Banzhaf", "Shapley–Shubik"), data.getRowKeys());
        double sum = 0;
        for (int c = 0; c < 28; c++) {
            sum += data.getValue(1, c).doubleValue();
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void aLargeForumShowsThirtyBarsAndSaysSo() throws Exception {
        Scenario un = load("unga-cyber-2018.json");
        List<NamedChart> charts = PowerCharts.charts(un, PowerCharts.of(un));
        assertEquals(2, charts.size());
        CategoryPlot plot = (CategoryPlot) charts.get(0).chart().getPlot();
        assertEquals(30, plot.getDataset().getColumnCount());
        assertEquals("member (30 of 193 shown; all have equal power)", plot.getDomainAxis().getLabel());
    }

    @Test
    void theReportTableListsEveryMemberWithTheMethod() throws Exception {
        Scenario eu = load("eu-copyright-2019.json");
        String html = PowerCharts.html(eu, PowerCharts.of(eu));
        assertTrue(html.startsWith("<h2 id=\"power\">Voting power</h2>"), html);
        assertTrue(html.contains("exact (enumeration of all coalitions, Gray-code order). Winning coalitions:"
                + " 30416289 of 2<sup>28</sup>, 11.3310 %."), html);
        assertEquals(29, html.split("<tr>", -1).length - 1);
        assertTrue(html.indexOf("<td>DEU</td>") < html.indexOf("<td>MLT</td>"));
        assertEquals("", PowerCharts.html(load("paris-call-2018.json"), List.of()));
    }
}
