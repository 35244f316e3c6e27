package org.negsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Text on the network display that is not an actor: a kind's name beside its arc of the circle
 * (centred on its location) or the legend (lines from its location down, with a colour swatch
 * where {@code swatches} has one). Never hit by the mouse, so it has no inspector.
 *
 * @param lines    the text, one entry per line
 * @param swatches per line the colour of a disc drawn before the text, or null for none
 * @param centred  whether the text is centred on the location (else it starts there)
 */
record Annotation(List<String> lines, List<Color> swatches, boolean centred) {

    /** Draws every {@link Annotation}. */
    static final class Portrayal extends SimplePortrayal2D {

        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Annotation a = (Annotation) object;
            Font font = g.getFont();
            g.setFont(font.deriveFont(a.centred() ? Font.BOLD : Font.PLAIN, 12f));
            FontMetrics fm = g.getFontMetrics();
            double y = info.draw.y + (a.centred() ? fm.getAscent() / 2.0 : fm.getAscent());
            for (int k = 0; k < a.lines().size(); k++) {
                String line = a.lines().get(k);
                Color swatch = a.swatches() == null ? null : a.swatches().get(k);
                double x = a.centred() ? info.draw.x - fm.stringWidth(line) / 2.0 : info.draw.x;
                if (swatch != null) {
                    int d = fm.getAscent() - 2;
                    g.setPaint(swatch);
                    g.fillOval((int) x, (int) (y - d), d, d);
                    g.setPaint(Color.DARK_GRAY);
                    g.drawOval((int) x, (int) (y - d), d, d);
                    x += d + 5;
                }
                g.setPaint(Color.DARK_GRAY);
                g.drawString(line, (float) x, (float) y);
                y += fm.getHeight();
            }
            g.setFont(font);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return false;
        }
    }
}
