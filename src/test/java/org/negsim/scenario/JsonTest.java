package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void pathsUseBracketsForKeysThatAreNotPlainNames() {
        assertEquals("$.actors", Json.key("$", "actors"));
        assertEquals("$.multi-stakeholder", Json.key("$", "multi-stakeholder"));
        assertEquals("$.vary[\"behavior.temperature\"]", Json.key("$.vary", "behavior.temperature"));
        assertEquals("$[\"\"]", Json.key("$", ""));
        assertEquals("$.a[3]", Json.index("$.a", 3));
    }

    @Test
    void showCutsLongValues() {
        assertEquals("\"abc\"", Json.show(new JsonPrimitive("abc")));
        String shown = Json.show(new JsonPrimitive("x".repeat(100)));
        assertEquals(Json.MAX_SHOWN_CHARS, shown.length());
        assertTrue(shown.endsWith("..."));
    }

    @Test
    void listsAreSortedAndCut() {
        assertEquals("a, b, c", Json.list(List.of("c", "a", "b")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(String.format("A%02d", i));
        }
        assertTrue(Json.list(many).endsWith("A19, ... (5 more)"));
    }

    @Test
    void numberLiterals() {
        assertTrue(Json.isNumberLiteral("-0.5e-3"));
        assertFalse(Json.isNumberLiteral("01"));
        assertFalse(Json.isNumberLiteral(".5"));
        assertFalse(Json.isNumberLiteral("NaN"));
    }

    @Test
    void numberLiteralsAreTheGrammarsOnly() {
        java.util.regex.Pattern grammar = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        for (String s : List.of("0", "-0", "1.5", "1e5", "1E+5", "-0.25e-3", "12", "")) {
            assertEquals(grammar.matcher(s).matches(), Json.isNumberLiteral(s), s);
        }
        assertFalse(Json.isNumberLiteral("01"));
        assertFalse(Json.isNumberLiteral("1."));
        assertFalse(Json.isNumberLiteral(".5"));
        assertFalse(Json.isNumberLiteral("+1"));
        assertFalse(Json.isNumberLiteral("1e"));
        assertTrue(Json.isNumberLiteral("-0.0e+0"));
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(103);
        String alphabet = "0123456789-+.eEx ";
        int matches = 0;
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            boolean expected = grammar.matcher(s).matches();
            matches += expected ? 1 : 0;
            assertEquals(expected, Json.isNumberLiteral(s), s);
        }
        assertTrue(matches > 1000, "the random strings include many literals: " + matches);
    }
}
