package org.negsim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BinningTest {

    private final Binning quarters = new Binning(0, 1, 4);

    @Test
    void binsAreHalfOpenOfEqualWidth() {
        assertEquals(0.25, quarters.width());
        assertEquals(0, quarters.index(0.0));
        assertEquals(0, quarters.index(0.2499));
        assertEquals(1, quarters.index(0.25));
        assertEquals(3, quarters.index(0.999));
    }

    @Test
    void maxFallsIntoTheLastBinEdge() {
        assertEquals(3, quarters.index(1.0));
        assertEquals(1.0, quarters.upper(3));
    }

    @Test
    void valuesOutsideTheRangeGoToTheEndBinsEdge() {
        assertEquals(0, quarters.index(-0.1));
        assertEquals(3, quarters.index(7));
    }

    @Test
    void centresAndLabels() {
        assertEquals(0.125, quarters.centre(0));
        assertEquals(0.875, quarters.centre(3));
        assertEquals("[0, 0.25)", quarters.label(0));
        assertEquals("[0.75, 1]", quarters.label(3));
    }

    @Test
    void oneBinHoldsEverything() {
        Binning one = new Binning(-1, 1, 1);
        assertEquals(0, one.index(-1));
        assertEquals(0, one.index(1));
        assertEquals("[-1, 1]", one.label(0));
    }

    @Test
    void refusesEmptyRangeAndNoBins() {
        assertThrows(IllegalArgumentException.class, () -> new Binning(1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Binning(0, 1, 0));
    }
}
