package org.negsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberLiteralTest {

    @Test
    void keepsTheLiteralAndComputesValues() {
        NumberLiteral n = new NumberLiteral("2.50");
        assertEquals("2.50", n.toString());
        assertEquals(2.5, n.doubleValue());
        assertEquals(2, n.intValue());
        assertEquals(new NumberLiteral("2.50"), n);
    }

    @Test
    void beyondTheDoubleRangeIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, new NumberLiteral("1e400").doubleValue());
    }

    private static void assertParsedAsTheJdkDoes(String literal) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(literal)),
                Double.doubleToRawLongBits(new NumberLiteral(literal).doubleValue()), literal);
    }

    @Test
    void theFastParserGivesTheJdksBitsOnTheHardCases() {
        for (String literal : new String[] {"0", "-0", "0.0", "-0.0", "0.1", "1", "-1", "0.30000000000000004",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1e-400", "-1e-400", "1e400", "-1e400", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993", "9007199254740992.5",
            "123456789012345678901234567890", "0.1000000000000000055511151231257827021181583404541015625",
            "7.038531e-26", "1E5", "1e+5", "1.5E-5", "100000000000000000000000", "2.5e-1",
            "0.22199316405028280000000000000000000000000000000000000001"}) {
            assertParsedAsTheJdkDoes(literal);
        }
    }

    @Test
    void theFastParserGivesTheJdksBitsOnRandomLiterals() {
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(11);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                assertParsedAsTheJdkDoes(Double.toString(d).replace("E", "e"));
            }
            assertParsedAsTheJdkDoes(Double.toString(random.nextDouble()));
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "-" : "").append(random.nextInt(10)).append('.');
            int digits = 1 + random.nextInt(30);
            for (int k = 0; k < digits; k++) {
                b.append(random.nextInt(10));
            }
            b.append('e').append(random.nextInt(660) - 330);
            assertParsedAsTheJdkDoes(b.toString());
        }
    }
}
