package org.negsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie as a thin line: explicit ties dark grey, home ties blue, group ties faint grey (see
 * {@link ActorGraph} for which group ties are drawn).
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;
    static final Color EXPLICIT = new Color(0x33, 0x33, 0x33, 170);
    static final Color HOME = new Color(0x1f, 0x77, 0xb4, 150);
    static final Color GROUP = new Color(0x80, 0x80, 0x80, 45);

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Color c = EXPLICIT;
        if (object instanceof Edge edge && edge.info instanceof ActorGraph.TieInfo tie) {
            c = switch (tie.kind()) {
                case EXPLICIT -> EXPLICIT;
                case HOME -> HOME;
                case GROUP -> GROUP;
            };
        }
        fromPaint = c;
        toPaint = c;
        super.draw(object, g, info);
    }
}
