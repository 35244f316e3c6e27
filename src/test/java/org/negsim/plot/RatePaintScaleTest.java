package org.negsim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class RatePaintScaleTest {

    @Test
    void endsAreViridisPurpleAndYellow() {
        assertEquals(new Color(0x440154), RatePaintScale.colour(0));
        assertEquals(new Color(0xFDE725), RatePaintScale.colour(1));
        assertEquals(new Color(0x21918C), RatePaintScale.colour(0.5));
    }

    @Test
    void outOfRangeIsClampedAndNaNIsGrey() {
        assertEquals(RatePaintScale.colour(1), RatePaintScale.colour(1.5));
        assertEquals(RatePaintScale.EMPTY, RatePaintScale.colour(Double.NaN));
    }

    @Test
    void textColourFollowsTheBackground() {
        assertTrue(RatePaintScale.dark(RatePaintScale.colour(0)));
        assertFalse(RatePaintScale.dark(RatePaintScale.colour(1)));
    }
}
