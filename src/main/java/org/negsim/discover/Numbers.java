package org.negsim.discover;

import ch.randelshofer.fastdoubleparser.JsonDoubleParser;

/** Number cells: JSON number syntax, finite only. Stateless. */
final class Numbers {

    private Numbers() {
    }

    /** The finite number a trimmed cell holds in JSON syntax ({@code -0.5}, {@code 1e-05}, {@code 1.0E-5}), or null. */
    static Double parse(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        char c = cell.charAt(0);
        if (c != '-' && (c < '0' || c > '9')) {
            return null;
        }
        try {
            double v = JsonDoubleParser.parseDouble(cell);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a cell that parses as a number is written as an integer literal ({@code -12}, not {@code 12.0}). */
    static boolean isIntegerLiteral(String cell) {
        int start = cell.charAt(0) == '-' ? 1 : 0;
        if (cell.length() - start > 15) {
            return false;
        }
        for (int i = start; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
