package org.negsim.scenario;

import ch.randelshofer.fastdoubleparser.JsonDoubleParser;
import java.math.BigDecimal;

/**
 * A JSON number kept exactly as written ({@code 0.10}, {@code 1e400}), so that error messages
 * can show the literal and re-serialised trees keep it. Values are computed on demand; a literal
 * beyond the double range gives an infinite {@link #doubleValue()}.
 */
final class NumberLiteral extends Number {

    private static final long serialVersionUID = 1L;

    private final String literal;

    /** @param literal a valid JSON number literal */
    NumberLiteral(String literal) {
        this.literal = literal;
    }

    @Override
    public int intValue() {
        return new BigDecimal(literal).intValue();
    }

    @Override
    public long longValue() {
        return new BigDecimal(literal).longValue();
    }

    @Override
    public float floatValue() {
        return Float.parseFloat(literal);
    }

    @Override
    public double doubleValue() {
        return parseDouble(literal);
    }

    /**
     * A valid JSON number literal as the nearest double, exactly as {@link Double#parseDouble}
     * rounds it (an infinity beyond the double range), with a parser about ten times faster on
     * long literals.
     */
    static double parseDouble(String literal) {
        return JsonDoubleParser.parseDouble(literal);
    }

    @Override
    public String toString() {
        return literal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberLiteral n && n.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return literal.hashCode();
    }
}
