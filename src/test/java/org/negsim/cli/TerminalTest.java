package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void printableTextOfAnyScriptIsUnchanged() {
        String text = "Côte d'Ivoire, 日本, Россия, 😀 and \"quotes\"";
        String ascii = "plain ascii";
        assertSame(ascii, Terminal.safe(ascii));
        assertEquals(text, Terminal.safe(text));
    }

    @Test
    void controlFormatAndSeparatorCharactersAreEscaped() {
        assertEquals("a\\u001b[31mb", Terminal.safe("a\u001b[31mb"));
        assertEquals("\\u0000\\u0007\\u007f\\u009b", Terminal.safe("\u0000\u0007\u007f\u009b"));
        assertEquals("x\\u202ey\\u2028z\\u000a", Terminal.safe("x\u202ey\u2028z\n"));
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertEquals("\\ud800x", Terminal.safe("\ud800x"));
        assertEquals("x\\udc00", Terminal.safe("x\udc00"));
        assertEquals("\ud83d\ude00", Terminal.safe("\ud83d\ude00"));
    }

    @Test
    void linesKeepTheirBreaks() {
        assertEquals("a\\u001b\nb\n", Terminal.lines("a\u001b\nb\n"));
    }
}
