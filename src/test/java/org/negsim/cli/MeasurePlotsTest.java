package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plot draws each measure per varied parameter and a heat map per pair; report has a section per measure. */
class MeasurePlotsTest {

    @TempDir
    Path dir;

    @Test
    void everyMeasureChartIsAFullSizeImageThatIsNotBlank() throws Exception {
        Path scenario = dir.resolve("three.json");
        try (InputStream in = getClass().getResourceAsStream("/measures/three.json")) {
            Files.copy(in, scenario);
        }
        Path out = dir.resolve("sweep");
        Cli.Result s = Cli.execute("sweep", scenario.toString(), "--out", out.toString(), "--quiet",
                "--vary", "behavior.temperature=0.2,1", "--vary", "behavior.abstainBand=0,0.1,0.3",
                "--replications", "10", "--threads", "1");
        assertEquals(0, s.exitCode(), s.err());
        Cli.Result p = Cli.execute("plot", out.toString(), "--quiet");
        assertEquals(0, p.exitCode(), p.err());
        for (String name : List.of("measure-a-by-behavior.temperature.png", "measure-frac-by-behavior.abstainBand.png",
                "measure-yes-by-behavior.temperature.png",
                "heatmap-measure-a-behavior.temperature-behavior.abstainBand.png",
                "heatmap-measure-gdp-behavior.temperature-behavior.abstainBand.png")) {
            Path png = out.resolve("plots").resolve(name);
            assertTrue(Files.exists(png), name);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1000, image.getWidth(), name);
            assertEquals(600, image.getHeight(), name);
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 7) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, name + " looks blank: " + colours.size() + " colours");
        }
        Cli.Result r = Cli.execute("report", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"measure-a\">Measure a</h2>"), "a section per measure");
        assertTrue(html.contains("<h2 id=\"measure-skipped\">Measure skipped</h2>"));
    }
}
