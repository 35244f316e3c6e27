package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {

    @TempDir
    Path dir;

    private List<NamedChart> charts() throws Exception {
        return RunCharts.of(ResultsSet.load(PlotFixtures.runFolder(dir)));
    }

    @Test
    void oneChartPerStageThatRanWithDocumentedNames() throws Exception {
        assertEquals(List.of("signatures-call.png", "text-vote.png"), charts().stream().map(NamedChart::fileName).toList());
    }

    @Test
    void signatureChartHasOneSeriesPerKindPlusTheSumsThresholdsNeed() throws Exception {
        XYDataset data = charts().get(0).chart().getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i).toString());
        }
        assertEquals(List.of("civil (of 1)", "firm (of 2)", "state (of 3)", "all actors (of 6)", "firm + state"), keys);
        assertEquals(4, data.getItemCount(2));
        assertEquals(2.0, data.getYValue(2, 3)); // states joined by round 3
        assertEquals(4.0, data.getYValue(4, 2)); // 2 firms + 2 states by round 2
    }

    @Test
    void drawableThresholdsAreHorizontalMarkersAndTheOthersANote() throws Exception {
        var chart = charts().get(0).chart();
        XYPlot plot = chart.getXYPlot();
        List<Double> levels = values(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        assertEquals(List.of(2.0, 3.0, 1.25), levels);
        List<String> notes = new ArrayList<>();
        for (Object o : chart.getSubtitles()) {
            if (o instanceof TextTitle t) {
                notes.add(t.getText());
            }
        }
        assertTrue(notes.contains("Not drawn (not a count by kind): ≥ 1 actors in G; ≥ 50 % of the emissions of state"),
                notes.toString());
    }

    @Test
    void successRoundIsAVerticalMarker() throws Exception {
        XYPlot plot = charts().get(0).chart().getXYPlot();
        assertEquals(List.of(2.0), values(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
        assertEquals("success, round 2", ((ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next()).getLabel());
    }

    @Test
    void textChartHasOneSeriesPerIssueAndNoAdoptionMarkerWhenNotAdopted() throws Exception {
        NamedChart text = charts().get(1);
        XYPlot plot = text.chart().getXYPlot();
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertEquals("restraint", plot.getDataset().getSeriesKey(0));
        assertEquals(0.5, plot.getDataset().getYValue(0, 2));
        assertEquals(null, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        assertTrue(subtitles(text).contains("tiny-call — not adopted in 2 rounds"), subtitles(text).toString());
    }

    @Test
    void noRoundsTableNoCharts() throws Exception {
        Path folder = PlotFixtures.runFolder(dir);
        Files.delete(folder.resolve("rounds.csv"));
        assertEquals(List.of(), RunCharts.of(ResultsSet.load(folder)));
    }

    private static List<String> subtitles(NamedChart c) {
        List<String> out = new ArrayList<>();
        for (Object o : c.chart().getSubtitles()) {
            if (o instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    private static List<Double> values(Collection<?> markers) {
        List<Double> out = new ArrayList<>();
        for (Object m : markers) {
            out.add(((ValueMarker) m).getValue());
        }
        return out;
    }

}
