package org.negsim.discover;

import java.util.Locale;

/**
 * Which outcome cells make a row a case of interest: the {@code --where} grammar.
 *
 * <pre>
 * where    = operator value          (spaces around either are ignored)
 * operator = "&gt;=" | "&gt;" | "&lt;=" | "&lt;" | "==" | "!="
 * value    = number | "true" | "false" | text
 * </pre>
 *
 * <ul>
 *   <li>A <b>number</b> (JSON syntax: {@code 0.5}, {@code -2}, {@code 1e-3}) compares numerically;
 *       every non-empty outcome cell must then be a number.</li>
 *   <li>{@code true} / {@code false} (any letter case) with {@code ==} or {@code !=} compares as
 *       a boolean; cells must be {@code true}/{@code false} (any case) or {@code 1}/{@code 0}.</li>
 *   <li>Any other <b>text</b> with {@code ==} or {@code !=} compares the trimmed cell with it
 *       exactly (letter case matters); the ordering operators take numbers only.</li>
 * </ul>
 *
 * <p>Without {@code --where} the outcome is read as a boolean ({@link #IS_TRUE}: {@code == true}).
 * An empty cell is never a case of interest (a stage that did not run, a measure that does not
 * apply), whatever the test. Immutable.
 */
public final class Where {

    /** The default test: the cell is true ({@code true} in any case, or {@code 1}). */
    public static final Where IS_TRUE = new Where("==", Type.BOOLEAN, 0, true, "true");

    private enum Type { NUMBER, BOOLEAN, TEXT }

    private static final String[] OPERATORS = {">=", "<=", "==", "!=", ">", "<"};

    private final String operator;
    private final Type type;
    private final double number;
    private final boolean bool;
    private final String text;

    private Where(String operator, Type type, double number, boolean bool, String text) {
        this.operator = operator;
        this.type = type;
        this.number = number;
        this.bool = bool;
        this.text = text;
    }

    /**
     * Parses a test such as {@code >=0.5}, {@code == TRUE} or {@code !=linear}.
     *
     * @throws DiscoverException if it has no operator, no value, or an ordering operator with a value
     *                           that is not a number
     */
    public static Where parse(String expression) throws DiscoverException {
        String s = expression.strip();
        for (String op : OPERATORS) {
            if (s.startsWith(op)) {
                String value = s.substring(op.length()).strip();
                if (value.isEmpty()) {
                    throw new DiscoverException("--where " + expression + ": no value after " + op
                            + " (e.g. --where '>=0.5' or --where '==true')");
                }
                Double n = Numbers.parse(value);
                if (n != null) {
                    return new Where(op, Type.NUMBER, n, false, value);
                }
                boolean equality = op.equals("==") || op.equals("!=");
                if (!equality) {
                    throw new DiscoverException("--where " + expression + ": " + op + " needs a number, was \""
                            + value + "\"");
                }
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return new Where(op, Type.BOOLEAN, 0, lower.equals("true"), lower);
                }
                return new Where(op, Type.TEXT, 0, false, value);
            }
        }
        throw new DiscoverException("--where " + expression + ": must start with one of >=, >, <=, <, ==, != "
                + "followed by a value (e.g. --where '>=0.5' or --where '==true')");
    }

    /**
     * Whether a non-empty, trimmed cell is of interest.
     *
     * @return the answer, or null if the cell is not of the kind the test compares (the caller names
     *     the column and line)
     */
    Boolean test(String cell) {
        switch (type) {
            case NUMBER -> {
                Double v = Numbers.parse(cell);
                if (v == null) {
                    return null;
                }
                int c = v < number ? -1 : v > number ? 1 : 0;
                return switch (operator) {
                    case ">=" -> c >= 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    case "<" -> c < 0;
                    case "==" -> c == 0;
                    default -> c != 0;
                };
            }
            case BOOLEAN -> {
                Boolean b = bool(cell);
                if (b == null) {
                    return null;
                }
                return operator.equals("==") == (b == bool);
            }
            default -> {
                return operator.equals("==") == cell.equals(text);
            }
        }
    }

    /** What a cell must be for {@link #test}, for error messages. */
    String expected() {
        return switch (type) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false (or 1 or 0)";
            default -> "any text";
        };
    }

    /** The test as written, e.g. {@code >= 0.5}. */
    @Override
    public String toString() {
        return operator + " " + text;
    }

    private static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
