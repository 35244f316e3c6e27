package org.negsim.gui;

import java.awt.Rectangle;

/**
 * Where the GUI's three windows go: the network display on the left, the chart of supporters at the
 * top right and MASON's console below it, side by side, none over another, all within the screen's
 * usable area (its bounds less task bars). Sizes shrink with a small screen and stop growing on a
 * large one (the display at 720 pixels wide, the right column at 640).
 *
 * @param display the network display's frame
 * @param chart   the chart's frame
 * @param console the console's frame
 */
record WindowLayout(Rectangle display, Rectangle chart, Rectangle console) {

    /** The display frame's width as a share of the screen's, and its bounds in pixels. */
    static final double DISPLAY_SHARE = 0.52;
    static final int DISPLAY_MIN = 320;
    static final int DISPLAY_MAX = 720;
    /** The display frame's height beyond its width: MASON's tool bar above the square field. */
    static final int DISPLAY_CHROME = 80;
    static final int RIGHT_MAX = 640;
    /** The chart's height as a share of the screen's, at most {@link #CHART_MAX}. */
    static final double CHART_SHARE = 0.4;
    static final int CHART_MAX = 340;
    static final int CONSOLE_MAX = 560;

    /** The layout on a screen whose usable area is {@code screen}. */
    static WindowLayout within(Rectangle screen) {
        int displayWidth = (int) Math.round(screen.width * DISPLAY_SHARE);
        displayWidth = Math.min(screen.width, Math.max(DISPLAY_MIN, Math.min(DISPLAY_MAX, displayWidth)));
        int displayHeight = Math.min(screen.height, displayWidth + DISPLAY_CHROME);
        int rightX = screen.x + displayWidth;
        int rightWidth = Math.max(0, Math.min(RIGHT_MAX, screen.x + screen.width - rightX));
        int chartHeight = (int) Math.min(CHART_MAX, Math.round(screen.height * CHART_SHARE));
        int consoleHeight = Math.min(CONSOLE_MAX, screen.height - chartHeight);
        return new WindowLayout(new Rectangle(screen.x, screen.y, displayWidth, displayHeight),
                new Rectangle(rightX, screen.y, rightWidth, chartHeight),
                new Rectangle(rightX, screen.y + chartHeight, rightWidth, consoleHeight));
    }
}
