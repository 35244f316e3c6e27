package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartImagesTest {

    @TempDir
    Path dir;

    @Test
    void pngsAreThousandBySixHundredAndNotBlank() throws Exception {
        List<NamedChart> charts = RunCharts.of(ResultsSet.load(PlotFixtures.runFolder(dir.resolve("r"))));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(charts.get(0).chart())));
        assertEquals(1000, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(colours(image) > 10, "a chart has more than a few colours");
    }

    @Test
    void writeAllWritesEveryChartUnderItsNameAndCreatesTheFolder() throws Exception {
        ResultsSet r = ResultsSet.load(PlotFixtures.sweepFolder(dir.resolve("s")));
        List<NamedChart> charts = SweepCharts.of(r, new SuccessRates(r, 10));
        Path out = dir.resolve("out/plots");
        List<Path> written = ChartImages.writeAll(charts, out);
        assertEquals(6, written.size());
        for (NamedChart c : charts) {
            BufferedImage image = ImageIO.read(out.resolve(c.fileName()).toFile());
            assertEquals(1000, image.getWidth(), c.fileName());
            assertEquals(600, image.getHeight(), c.fileName());
        }
        try (var files = Files.list(out)) {
            assertEquals(6, files.count(), "no temporary files left");
        }
    }

    @Test
    void renderingIsHeadless() {
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    private static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
