package org.negsim.plot;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours for a success rate in [0, 1], from dark purple (0) through teal to yellow (1), the
 * anchors of matplotlib's "viridis" (perceptually uniform, readable in grey and with
 * colour-blindness). NaN (no runs in the cell) is light grey. Immutable.
 */
final class RatePaintScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    /** Colour for a cell without runs. */
    static final Color EMPTY = new Color(0xE0E0E0);

    private static final Color[] ANCHORS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725),
    };

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    @Override
    public Paint getPaint(double rate) {
        return colour(rate);
    }

    /** The colour of a rate, clamped to [0, 1]. */
    static Color colour(double rate) {
        if (Double.isNaN(rate)) {
            return EMPTY;
        }
        double t = Math.max(0, Math.min(1, rate)) * (ANCHORS.length - 1);
        int i = Math.min((int) Math.floor(t), ANCHORS.length - 2);
        double f = t - i;
        Color a = ANCHORS[i];
        Color b = ANCHORS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    /** Whether text on this colour should be white (dark background) rather than black. */
    static boolean dark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
