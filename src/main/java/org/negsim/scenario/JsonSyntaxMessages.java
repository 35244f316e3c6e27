package org.negsim.scenario;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words Gson's syntax and strictness complaints as negsim's one-line errors: what is wrong, in the
 * user's terms ({@code expected ',' or '}'}, {@code NaN and Infinity are not allowed in JSON}), and
 * where, with the offending word found in the file's line. One per read; not thread-safe.
 */
final class JsonSyntaxMessages {

    /** Characters that end a bare word in JSON text. */
    private static final String DELIMITERS = " \t\r\n,:[]{}\"";

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private final StrictJsonReader.LineSource lines;
    /** Location of the start of the offending word found by {@link #describeUnexpected}, or null. */
    private String unexpectedAt;

    /** @param lines the input's lines, or null when they cannot be shown */
    JsonSyntaxMessages(StrictJsonReader.LineSource lines) {
        this.lines = lines;
    }

    /** " at line L, column C" from a Gson message or reader description, or "" if none. */
    static String where(String gsonText) {
        Matcher m = LOCATION.matcher(gsonText == null ? "" : gsonText);
        return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
    }

    /** The one-line error of a Gson syntax complaint about the value at {@code path}. */
    ScenarioException syntax(String gsonMessage, String path) throws IOException {
        String first = gsonMessage.lines().findFirst().orElse("");
        int at = first.indexOf(" at line ");
        String what = at >= 0 ? first.substring(0, at) : first;
        String detail;
        String where = where(gsonMessage);
        if (what.startsWith("Use JsonReader.setStrictness")) {
            detail = describeUnexpected(gsonMessage);
            if (unexpectedAt != null) {
                where = unexpectedAt;
            }
        } else {
            detail = switch (what) {
                case "Expected ':'" -> "expected ':' after the key";
                case "Expected name" -> "expected a key in double quotes";
                case "Unterminated object" -> "expected ',' or '}'";
                case "Unterminated array" -> "expected ',' or ']'";
                case "Unterminated string" -> "unterminated string";
                case "Invalid escape sequence" -> "invalid escape sequence in a string";
                case "Malformed Unicode escape" -> "malformed \\u escape in a string";
                case "Expected value" -> "expected a value";
                case "Unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode" ->
                        "line break or control character inside a string (is the string closed?)";
                default -> what.isEmpty() ? "malformed JSON" : Character.toLowerCase(what.charAt(0)) + what.substring(1);
            };
        }
        return new ScenarioException(path, "invalid JSON" + where + ": " + detail);
    }

    private static boolean isValidLiteral(String token) {
        return Json.isNumberLiteral(token) || token.equals("true") || token.equals("false") || token.equals("null");
    }

    /** Names the offending text of a strictness complaint (NaN, comments, quotes, bad numbers). */
    private String describeUnexpected(String gsonMessage) throws IOException {
        Matcher m = LOCATION.matcher(gsonMessage);
        String token = "";
        if (m.find() && lines != null) {
            int col = Integer.parseInt(m.group(2)) - 1;
            String line = lines.line(Integer.parseInt(m.group(1)), col + 64);
            if (line != null && col >= 0 && col < line.length()) {
                // Gson reports some complaints one character into the offending word: back up to its start.
                while (col > 0 && DELIMITERS.indexOf(line.charAt(col - 1)) < 0) {
                    col--;
                }
                int end = col;
                while (end < line.length() && end - col < 20 && DELIMITERS.indexOf(line.charAt(end)) < 0) {
                    end++;
                }
                token = end == col ? line.substring(col, col + 1) : line.substring(col, end);
                if (col > 0 && isValidLiteral(token)) {
                    // a valid value after a stray separator ("[1,,2]"): the separator is the problem
                    col--;
                    token = line.substring(col, col + 1);
                }
                unexpectedAt = " at line " + m.group(1) + ", column " + (col + 1);
            }
        }
        if (token.equals("NaN") || token.matches("[+-]?Infinity")) {
            return "NaN and Infinity are not allowed in JSON, found " + token;
        }
        if (token.startsWith("/") || token.startsWith("#")) {
            return "comments are not allowed in JSON";
        }
        if (token.startsWith("'")) {
            return "strings and keys need double quotes, found " + token;
        }
        if (!token.isEmpty() && (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-' || token.charAt(0) == '+'
                || token.charAt(0) == '.')) {
            return "malformed number " + token;
        }
        if (!token.isEmpty() && Character.isLetter(token.charAt(0))) {
            return "unexpected word " + token + " (strings and keys need double quotes)";
        }
        return token.isEmpty() ? "unexpected character" : "unexpected character '" + token + "'";
    }
}
