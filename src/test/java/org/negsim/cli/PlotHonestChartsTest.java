package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negsim.plot.NamedChart;
import org.negsim.plot.Plots;
import org.negsim.plot.ResultsSet;

/**
 * Charts that do not mislead, through {@code negsim sweep} and {@code negsim plot}: a parameter with
 * one value gets no chart and no heat map, a categorical parameter is drawn as points with interval
 * bars (no line), the rate axis says it is over all runs, and a sweep recorded with
 * {@code --record rounds} gets the signature curve across runs.
 */
class PlotHonestChartsTest {

    @TempDir
    Path dir;

    private Path sweep(String... more) {
        Path s = Cli.copyFixture("small-call.json", dir);
        Path out = dir.resolve("s");
        List<String> args = new java.util.ArrayList<>(List.of("sweep", s.toString(), "--out", out.toString(), "--quiet",
                "--replications", "3", "--vary", "stages[gge].rule.type=consensus,unanimity",
                "--vary", "behavior.temperature=0.05", "--vary", "stages[gge].concession=0,0.5"));
        args.addAll(List.of(more));
        Cli.Result r = Cli.execute(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static List<String> plot(Path results, Path out) throws Exception {
        Cli.Result r = Cli.execute("plot", results.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aParameterWithOneValueGetsNoChartNorHeatMap() throws Exception {
        List<String> names = plot(sweep(), dir.resolve("charts"));
        assertTrue(names.contains("success-gge-by-stages-gge.rule.type.png"), names.toString());
        assertTrue(names.contains("heatmap-gge-stages-gge.rule.type-stages-gge.concession.png"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("behavior.temperature")), names.toString());
    }

    @Test
    void aCategoricalParameterIsPointsWithBarsAndTheAxisSaysAllRuns() throws Exception {
        ResultsSet set = ResultsSet.load(sweep());
        NamedChart type = Plots.of(set, 10).stream()
                .filter(c -> c.fileName().equals("success-gge-by-stages-gge.rule.type.png")).findFirst().orElseThrow();
        XYPlot p = type.chart().getXYPlot();
        XYErrorRenderer bars = assertInstanceOf(XYErrorRenderer.class, p.getRenderer());
        assertFalse(bars.getDefaultLinesVisible());
        assertTrue(p.getRangeAxis().getLabel().contains("share of all runs in which the stage ran and succeeded"),
                p.getRangeAxis().getLabel());
        NamedChart concession = Plots.of(set, 10).stream()
                .filter(c -> c.fileName().equals("success-gge-by-stages-gge.concession.png")).findFirst().orElseThrow();
        assertInstanceOf(DeviationRenderer.class, concession.chart().getXYPlot().getRenderer());
    }

    @Test
    void aSweepWithRoundsGetsTheSignatureCurveAcrossRuns() throws Exception {
        Path out = dir.resolve("charts");
        List<String> names = plot(sweep("--record", "rounds"), out);
        assertTrue(names.contains("signature-bands-call.png"), names.toString());
        BufferedImage png = ImageIO.read(out.resolve("signature-bands-call.png").toFile());
        assertEquals(1000, png.getWidth());
        // not blank: more than a handful of colours
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < png.getWidth(); x += 7) {
            for (int y = 0; y < png.getHeight(); y += 7) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, colours.size() + " colours");
    }

    @Test
    void theReportNamesTheRuleValuesTheRunsUsed() throws Exception {
        Path results = sweep();
        Path html = dir.resolve("report.html");
        Cli.Result r = Cli.execute("report", results.toString(), "--out", html.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("consensus, unanimity; the runs used stages[gge].rule.type = consensus, unanimity"),
                page.substring(page.indexOf("<h3>Stages</h3>"), page.indexOf("<h3>Stages</h3>") + 600));
    }
}
