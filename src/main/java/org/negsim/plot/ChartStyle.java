package org.negsim.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/**
 * The look of every negsim chart: 1000 × 600 pixels, fonts of at least 13 px (readable at 100 %),
 * a white background and the Okabe–Ito palette (distinguishable with colour-blindness).
 * Loading this class sets {@code java.awt.headless=true}. Stateless apart from constants.
 */
public final class ChartStyle {

    /** Width of a PNG in pixels. */
    public static final int WIDTH = 1000;
    /** Height of a PNG in pixels. */
    public static final int HEIGHT = 600;

    /** Series colours in order (Okabe & Ito 2008), black last. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C6D00), new Color(0x000000),
    };

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font MARKER = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    static final Stroke LINE = new BasicStroke(2.5f);
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);
    static final Paint GRID = new Color(0xDDDDDD);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final StandardChartTheme THEME = theme();

    private ChartStyle() {
    }

    /** Background of marker labels: white, slightly transparent. */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);

    /**
     * The colour of series i (cycling). The theme applied by {@link #chart} draws series i in this
     * colour (and replaces colours set on a renderer before), so markers can match their series.
     */
    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A chart with the negsim theme, a legend when asked, and an optional subtitle. */
    static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        THEME.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, SUBTITLE);
            chart.addSubtitle(0, t);
        }
        if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setOutlineVisible(false);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("negsim");
        t.setExtraLargeFont(TITLE);
        t.setLargeFont(LABEL);
        t.setRegularFont(TICK);
        t.setSmallFont(TICK);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE, new Stroke[] {LINE},
                new Stroke[] {new BasicStroke(1f)}, DefaultDrawingSupplier.createStandardSeriesShapes()));
        return t;
    }
}
