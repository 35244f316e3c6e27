package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.stats.WilsonInterval;

class SweepChartsTest {

    @TempDir
    Path dir;

    private List<NamedChart> charts() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.sweepFolder(dir));
        return SweepCharts.of(r, new SuccessRates(r, 10));
    }

    @Test
    void perStageARateChartPerParameterAndAHeatMapPerPair() throws Exception {
        assertEquals(List.of("success-call-by-p.png", "success-call-by-q.png", "heatmap-call-p-q.png",
                        "success-vote-by-p.png", "success-vote-by-q.png", "heatmap-vote-p-q.png"),
                charts().stream().map(NamedChart::fileName).toList());
    }

    @Test
    void rateChartCarriesTheWilsonBand() throws Exception {
        XYPlot plot = charts().get(0).chart().getXYPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        WilsonInterval w = WilsonInterval.of(2, 3);
        assertEquals(1.0, data.getXValue(0, 1));
        assertEquals(w.rate(), data.getYValue(0, 1), 1e-15);
        assertEquals(w.low(), data.getStartYValue(0, 1), 1e-15);
        assertEquals(w.high(), data.getEndYValue(0, 1), 1e-15);
    }

    @Test
    void categoricalParameterGetsASymbolAxis() throws Exception {
        SymbolAxis axis = (SymbolAxis) charts().get(1).chart().getXYPlot().getDomainAxis();
        assertEquals(List.of("a", "b"), List.of(axis.getSymbols()));
    }

    @Test
    void heatMapHasBlocksAPaintScaleAndALegend() throws Exception {
        var chart = charts().get(2).chart();
        XYPlot plot = chart.getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(4, data.getItemCount(0));
        assertEquals(0.5, data.getZValue(0, 3)); // p=1.0, q=b: 1 of 2
        assertEquals(XYBlockRenderer.class, plot.getRenderer().getClass());
        assertEquals(1, chart.getSubtitles().stream().filter(PaintScaleLegend.class::isInstance).count());
        assertEquals(4, plot.getAnnotations().size());
    }
}
