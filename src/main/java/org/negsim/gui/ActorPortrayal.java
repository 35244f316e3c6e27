package org.negsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws an {@link ActorNode}: a disc coloured by the actor's decision ({@link Decisions}), of the
 * diameter {@link ActorGraph#diameter} gives, outlined (thicker when selected), with the actor's id
 * written outside the circle when the scenario has at most {@value ActorGraph#LABEL_CAP} actors.
 * A click on the disc selects the actor and opens MASON's inspector on it.
 */
final class ActorPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final Color OUTLINE = new Color(0x55, 0x55, 0x55);
    private static final Color SELECTED = new Color(0x1f, 0x77, 0xb4);

    private final transient ActorGraph graph;
    private final boolean labels;

    ActorPortrayal(ActorGraph graph) {
        this.graph = graph;
        this.labels = graph.nodes().size() <= ActorGraph.LABEL_CAP;
    }

    private Ellipse2D.Double disc(ActorNode node, DrawInfo2D info) {
        double d = graph.diameter(node.index());
        double w = info.draw.width * d;
        double h = info.draw.height * d;
        return new Ellipse2D.Double(info.draw.x - w / 2.0, info.draw.y - h / 2.0, w, h);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ActorNode node = (ActorNode) object;
        Ellipse2D.Double e = disc(node, info);
        g.setPaint(Decisions.color(node.getDecision()));
        g.fill(e);
        g.setPaint(info.selected ? SELECTED : OUTLINE);
        g.setStroke(new BasicStroke(info.selected ? 3f : 1f));
        g.draw(e);
        if (labels) {
            double a = graph.angle(node.index());
            double r = e.width / 2.0 + 4.0;
            String id = node.getId();
            FontMetrics fm = g.getFontMetrics();
            double cos = Math.cos(a);
            double x = info.draw.x + r * cos - (cos < -0.2 ? fm.stringWidth(id) : cos < 0.2 ? fm.stringWidth(id) / 2.0 : 0);
            double y = info.draw.y + r * Math.sin(a) + fm.getAscent() / 2.0 - 1;
            g.setPaint(Color.DARK_GRAY);
            g.drawString(id, (float) x, (float) y);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Ellipse2D.Double e = disc((ActorNode) object, range);
        return e.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
