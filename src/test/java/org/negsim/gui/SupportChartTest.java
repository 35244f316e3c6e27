package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.engine.RoundRecord;

class SupportChartTest {

    @Test
    void roundsSpreadEvenlyAcrossThePlotArea() {
        assertEquals(48.0, SupportChart.x(0, 5, 48, 400), 1e-12);
        assertEquals(148.0, SupportChart.x(1, 5, 48, 400), 1e-12);
        assertEquals(448.0, SupportChart.x(4, 5, 48, 400), 1e-12);
        // edge: a single point sits on the y axis
        assertEquals(48.0, SupportChart.x(0, 1, 48, 400), 1e-12);
    }

    @Test
    void supportersRiseFromTheBottomToTheTop() {
        assertEquals(228.0, SupportChart.y(0, 10, 28, 200), 1e-12);
        assertEquals(128.0, SupportChart.y(5, 10, 28, 200), 1e-12);
        assertEquals(28.0, SupportChart.y(10, 10, 28, 200), 1e-12);
    }

    @Test
    void pointsCountRoundZeroOfEveryStage() {
        assertEquals(5, SupportChart.points(List.of(
                new SupportSeries.Stage("a", List.of(0, 1), -1), new SupportSeries.Stage("b", List.of(0, 2, 3), 2))));
    }

    @Test
    void drawsTheCurveInThePlotArea() {
        SupportSeries s = new SupportSeries();
        s.round(new RoundRecord("a", 0, 0, new int[0], new double[0], -1, -1, -1, new double[0], false));
        s.round(new RoundRecord("a", 1, 10, new int[0], new double[0], -1, -1, -1, new double[0], false));
        SupportChart chart = new SupportChart(s, 10);
        chart.setSize(464, 264);
        BufferedImage img = new BufferedImage(464, 264, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.paint(g);
        g.dispose();
        // the plot area runs x 48..448, y 28..228: the line from (48, 228) to (448, 28) passes (248, 128)
        assertNotEquals(Color.WHITE.getRGB(), img.getRGB(248, 128));
        assertEquals(Color.WHITE.getRGB(), img.getRGB(400, 200));
    }
}
