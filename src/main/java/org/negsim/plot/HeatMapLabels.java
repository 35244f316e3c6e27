package org.negsim.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;

/**
 * Writes the value (and n) in the cells of a heat map only where it fits: the cells' size in pixels
 * is estimated from the chart's size ({@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} less
 * the room axes, titles and legend take, a conservative {@link #PLOT_WIDTH} × {@link #PLOT_HEIGHT}),
 * and a label is written as {@code value (n=N)} when that fits in 90 % of a cell, as {@code value}
 * when only that fits, else not at all — so labels never overlap. Every cell gets the same form.
 */
final class HeatMapLabels {

    /** The smallest plot area of a heat map, in pixels (the rest is axes, titles and legend). */
    static final int PLOT_WIDTH = 700;
    static final int PLOT_HEIGHT = 400;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** The text of a cell. */
    interface CellText {
        String at(int i, int j);
    }

    /** The number of runs of a cell. */
    interface CellCount {
        long at(int i, int j);
    }

    /** The colour position in [0, 1] (or NaN) of a cell. */
    interface CellShade {
        double at(int i, int j);
    }

    private HeatMapLabels() {
    }

    /** Which form fits: 2 value and n, 1 value only, 0 nothing. */
    static int form(int nx, int ny, String widestValue, String widestFull, Font font) {
        double cellW = (double) PLOT_WIDTH / nx * 0.9;
        double cellH = (double) PLOT_HEIGHT / ny * 0.9;
        if (font.getSize2D() * 1.3 > cellH) {
            return 0;
        }
        if (width(widestFull, font) <= cellW) {
            return 2;
        }
        return width(widestValue, font) <= cellW ? 1 : 0;
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** Adds the labels that fit; call after the theme (which would reset their font and colour). */
    static void add(XYPlot plot, int nx, int ny, CellText value, CellCount n, CellShade shade) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, nx * ny <= 40 ? 15 : 13);
        String widestValue = "";
        String widestFull = "";
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                String v = value.at(i, j);
                String f = full(v, n.at(i, j));
                widestValue = width(v, font) > width(widestValue, font) ? v : widestValue;
                widestFull = width(f, font) > width(widestFull, font) ? f : widestFull;
            }
        }
        int form = form(nx, ny, widestValue, widestFull, font);
        if (form == 0) {
            return;
        }
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                String v = value.at(i, j);
                XYTextAnnotation a = new XYTextAnnotation(form == 2 ? full(v, n.at(i, j)) : v, i, j);
                a.setFont(font);
                a.setPaint(RatePaintScale.dark(RatePaintScale.colour(shade.at(i, j))) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(a);
            }
        }
    }

    private static String full(String value, long n) {
        return n == 0 ? value : value + " (n=" + n + ")";
    }
}
