package org.negsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.List;
import javax.swing.JPanel;

/**
 * A line chart of supporters per round: the stages side by side on one round axis (a stage's round
 * 0 follows the previous stage's last round), each stage's curve in its own colour, a dashed line
 * and the stage id where a stage begins, a ring where it succeeded. The y axis runs from 0 to the
 * number of actors. Plain Java2D, so the GUI needs no charting library. Paint on the Swing thread.
 */
final class SupportChart extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final Color[] STAGE_COLORS = {
        new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd),
        new Color(0x8c, 0x56, 0x4b), new Color(0x17, 0xbe, 0xcf)};
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 36;

    private final transient SupportSeries series;
    private final int actors;

    /**
     * @param series the run's supporters per round
     * @param actors the number of actors (the top of the y axis)
     */
    SupportChart(SupportSeries series, int actors) {
        this.series = series;
        this.actors = Math.max(1, actors);
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(600, 260));
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintChart(g2, getWidth(), getHeight(), series.snapshot());
        } finally {
            g2.dispose();
        }
    }

    /** Number of points on the round axis: every round of every stage, round 0 included. */
    static int points(List<SupportSeries.Stage> stages) {
        int n = 0;
        for (SupportSeries.Stage s : stages) {
            n += s.supporters().size();
        }
        return n;
    }

    /** The x pixel of the k-th point of {@code n} in a plot area from {@code left} of {@code width} pixels. */
    static double x(int k, int n, int left, int width) {
        return n <= 1 ? left : left + (double) k * width / (n - 1);
    }

    /** The y pixel of {@code count} supporters of {@code max}, in a plot area from {@code top} of {@code height} pixels. */
    static double y(int count, int max, int top, int height) {
        return top + height - (double) count * height / max;
    }

    private void paintChart(Graphics2D g, int w, int h, List<SupportSeries.Stage> stages) {
        int pw = Math.max(1, w - LEFT - RIGHT);
        int ph = Math.max(1, h - TOP - BOTTOM);
        Font font = g.getFont().deriveFont(11f);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.DARK_GRAY);
        g.drawString("Supporters per round (joined or voted yes), of " + actors + " actors", LEFT, TOP - 10);
        // y axis with five ticks
        for (int t = 0; t <= 4; t++) {
            int count = (int) Math.round(actors * t / 4.0);
            int yy = (int) Math.round(y(count, actors, TOP, ph));
            g.setColor(new Color(0xe6, 0xe6, 0xe6));
            g.drawLine(LEFT, yy, LEFT + pw, yy);
            g.setColor(Color.DARK_GRAY);
            String label = Integer.toString(count);
            g.drawString(label, LEFT - 6 - fm.stringWidth(label), yy + fm.getAscent() / 2 - 1);
        }
        g.drawLine(LEFT, TOP, LEFT, TOP + ph);
        g.drawLine(LEFT, TOP + ph, LEFT + pw, TOP + ph);
        g.drawString("round", LEFT + pw - fm.stringWidth("round"), TOP + ph + 2 * fm.getHeight());
        int n = points(stages);
        if (n == 0) {
            g.drawString("no round played yet", LEFT + 8, TOP + ph / 2);
            return;
        }
        Stroke solid = new BasicStroke(2f);
        Stroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
        int k = 0;
        for (int s = 0; s < stages.size(); s++) {
            SupportSeries.Stage stage = stages.get(s);
            Color color = STAGE_COLORS[s % STAGE_COLORS.length];
            int x0 = (int) Math.round(x(k, n, LEFT, pw));
            g.setColor(Color.GRAY);
            g.setStroke(dashed);
            g.drawLine(x0, TOP, x0, TOP + ph);
            g.setColor(color);
            g.drawString(stage.id(), x0 + 4, TOP + fm.getAscent());
            g.setStroke(solid);
            List<Integer> values = stage.supporters();
            for (int r = 0; r < values.size(); r++) {
                int xx = (int) Math.round(x(k + r, n, LEFT, pw));
                int yy = (int) Math.round(y(values.get(r), actors, TOP, ph));
                if (r > 0) {
                    g.drawLine((int) Math.round(x(k + r - 1, n, LEFT, pw)),
                            (int) Math.round(y(values.get(r - 1), actors, TOP, ph)), xx, yy);
                }
                g.fillOval(xx - 2, yy - 2, 5, 5);
                if (r == stage.successRound()) {
                    g.drawOval(xx - 6, yy - 6, 12, 12);
                }
                if (r % Math.max(1, n / 12) == 0 || r == values.size() - 1) {
                    g.setColor(Color.DARK_GRAY);
                    String label = Integer.toString(r);
                    g.drawString(label, xx - fm.stringWidth(label) / 2, TOP + ph + fm.getHeight());
                    g.setColor(color);
                }
            }
            k += values.size();
        }
    }
}
