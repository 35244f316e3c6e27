package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import sim.util.Bag;

class ActorDisplayTest {

    private static Bag bag(Object... objects) {
        Bag b = new Bag();
        for (Object o : objects) {
            b.add(o);
        }
        return b;
    }

    @Test
    void anActorHitHidesTheTiesAndAnnotationsUnderIt() {
        Bag[] hits = {bag("tie 1", "tie 2"), bag("USA"), bag("legend")};
        assertSame(hits, ActorDisplay.actorsFirst(hits, NegotiationGui.ACTORS_LAYER));
        assertEquals(0, hits[NegotiationGui.TIES_LAYER].size());
        assertEquals(1, hits[NegotiationGui.ACTORS_LAYER].size());
        assertEquals(0, hits[2].size());
    }

    @Test
    void withoutAnActorTiesAreStillHit() {
        Bag[] hits = {bag("tie 1"), bag(), bag()};
        ActorDisplay.actorsFirst(hits, NegotiationGui.ACTORS_LAYER);
        assertEquals(1, hits[NegotiationGui.TIES_LAYER].size());
    }

    @Test
    void severalOverlappingActorsAreAllKept() {
        Bag[] hits = {bag("tie"), bag("A", "B")};
        ActorDisplay.actorsFirst(hits, NegotiationGui.ACTORS_LAYER);
        assertEquals(2, hits[NegotiationGui.ACTORS_LAYER].size());
        assertEquals(0, hits[NegotiationGui.TIES_LAYER].size());
    }

    @Test
    void noLayersOrMissingBagsAreLeftAlone() {
        assertEquals(0, ActorDisplay.actorsFirst(new Bag[0], 1).length);
        Bag[] hits = {null, bag("A")};
        ActorDisplay.actorsFirst(hits, 1);
        assertEquals(1, hits[1].size());
    }
}
