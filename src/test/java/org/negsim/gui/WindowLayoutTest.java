package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WindowLayoutTest {

    /** Xvfb's screen in CI: the display at 52 % of the width, the chart and console stacked to its right. */
    @Test
    void onTheCiScreen() {
        WindowLayout l = WindowLayout.within(new Rectangle(0, 0, 1280, 1024));
        assertEquals(new Rectangle(0, 0, 666, 746), l.display());
        assertEquals(new Rectangle(666, 0, 614, 340), l.chart());
        assertEquals(new Rectangle(666, 340, 614, 560), l.console());
    }

    /** A large screen: sizes stop growing (display 720 wide, right column 640). */
    @Test
    void onALargeScreenWithATaskBarOnTheLeft() {
        WindowLayout l = WindowLayout.within(new Rectangle(64, 0, 2496, 1400));
        assertEquals(new Rectangle(64, 0, 720, 800), l.display());
        assertEquals(new Rectangle(784, 0, 640, 340), l.chart());
        assertEquals(new Rectangle(784, 340, 640, 560), l.console());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 1280 1024", "0 0 1920 1080", "0 27 1366 741", "0 0 1024 768", "0 0 800 600",
            "1920 0 1280 800", "0 0 640 480"})
    void sideBySideWithinTheScreen(String area) {
        String[] v = area.split(" ");
        Rectangle screen = new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                Integer.parseInt(v[3]));
        WindowLayout l = WindowLayout.within(screen);
        List<Rectangle> all = List.of(l.display(), l.chart(), l.console());
        for (Rectangle r : all) {
            assertTrue(screen.contains(r), r + " not within " + screen);
        }
        assertFalse(l.display().intersects(l.chart()));
        assertFalse(l.display().intersects(l.console()));
        assertFalse(l.chart().intersects(l.console()));
        assertEquals(l.display().x + l.display().width, l.chart().x, "the chart right of the display");
        assertEquals(l.chart().y + l.chart().height, l.console().y, "the console under the chart");
        assertTrue(l.display().width >= WindowLayout.DISPLAY_MIN);
    }
}
