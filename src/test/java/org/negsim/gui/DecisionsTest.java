package org.negsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    @Test
    void joinedAndYesAreGreenNoRedAbstainGreyNoneWhiteish() {
        assertEquals(Decisions.SUPPORT, Decisions.color("joined"));
        assertEquals(Decisions.SUPPORT, Decisions.color("yes"));
        assertEquals(Decisions.NO, Decisions.color("no"));
        assertEquals(Decisions.ABSTAIN, Decisions.color("abstain"));
        assertEquals(Decisions.NONE, Decisions.color("none"));
        assertEquals(new Color(0x2c, 0xa0, 0x2c), Decisions.SUPPORT);
        assertEquals(new Color(0xd6, 0x27, 0x28), Decisions.NO);
    }

    @Test
    void anUnknownWordIsDrawnAsNone() {
        assertEquals(Decisions.NONE, Decisions.color("maybe"));
    }
}
