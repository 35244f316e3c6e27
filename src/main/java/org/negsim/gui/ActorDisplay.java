package org.negsim.gui;

import java.awt.geom.Rectangle2D;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.util.Bag;

/**
 * MASON's {@link Display2D} in which a click on an actor selects and inspects the actor alone: when
 * the clicked point hits an actor, the ties and annotations under it are not hit (a large disc such
 * as the USA's has many ties running under it, which MASON would otherwise select and inspect with
 * it, and show first). A click that hits no actor hits ties as before. Every click, selection and
 * double-click of MASON goes through {@link #objectsHitBy(Rectangle2D.Double)}.
 */
final class ActorDisplay extends Display2D {

    private static final long serialVersionUID = 1L;

    private final int actorsLayer;

    /**
     * @param actorsLayer the index, in attach order, of the layer that draws the actors
     */
    ActorDisplay(double width, double height, GUIState gui, int actorsLayer) {
        super(width, height, gui);
        this.actorsLayer = actorsLayer;
    }

    @Override
    public Bag[] objectsHitBy(Rectangle2D.Double rect) {
        return actorsFirst(super.objectsHitBy(rect), actorsLayer);
    }

    /**
     * The hits per layer with every other layer's emptied when layer {@code actorsLayer} has any;
     * unchanged otherwise. Changes and returns {@code hits}.
     */
    static Bag[] actorsFirst(Bag[] hits, int actorsLayer) {
        if (actorsLayer < hits.length && hits[actorsLayer] != null && !hits[actorsLayer].isEmpty()) {
            for (int i = 0; i < hits.length; i++) {
                if (i != actorsLayer && hits[i] != null) {
                    hits[i].clear();
                }
            }
        }
        return hits;
    }
}
