package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {

    @TempDir
    Path dir;

    /** A run of the golden fixture: gge (consensus, fails), call (open declaration), treaty (skipped or run). */
    private Path run() {
        Path s = Cli.copyFixture("small-call.json", dir);
        Path out = dir.resolve("r");
        Cli.Result r = Cli.execute("run", s.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private Path sweep() {
        Path s = Cli.copyFixture("small-call.json", dir);
        Path out = dir.resolve("s");
        Cli.Result r = Cli.execute("sweep", s.toString(), "--out", out.toString(), "--quiet", "--replications", "2",
                "--vary", "stages[gge].concession=0,0.5", "--vary", "behavior.temperature=0.01,0.2");
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void runGetsItsChartsUnderPlotsByDefaultAndPrintsTheirPaths() throws Exception {
        Path results = run();
        Cli.Result r = Cli.execute("plot", results.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(results.resolve("plots/text-gge.png") + "\n"), r.out());
        assertTrue(r.out().contains(results.resolve("plots/signatures-call.png").toString()), r.out());
        BufferedImage png = ImageIO.read(results.resolve("plots/signatures-call.png").toFile());
        assertEquals(1000, png.getWidth());
        assertEquals(600, png.getHeight());
    }

    @Test
    void sweepGetsRateChartsAndAHeatMapInTheGivenFolder() throws Exception {
        Path results = sweep();
        Path out = dir.resolve("charts");
        Cli.Result r = Cli.execute("plot", results.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("success-gge-by-stages-gge.concession.png",
                    "success-gge-by-behavior.temperature.png",
                    "heatmap-gge-stages-gge.concession-behavior.temperature.png")), names.toString());
        }
    }

    @Test
    void missingResultsFolderIsAnInputOutputError() {
        Cli.Result r = Cli.execute("plot", dir.resolve("none").toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("manifest.json"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void zeroBinsIsAUsageError() {
        Path results = run();
        Cli.Result r = Cli.execute("plot", results.toString(), "--bins", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: --bins must be between 1 and 200, was 0"), r.err());
    }
}
