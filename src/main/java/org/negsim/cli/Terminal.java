package org.negsim.cli;

/**
 * Text made safe for a terminal: every control character (C0, DEL, C1), format character (such as
 * the bidirectional overrides), line or paragraph separator and unpaired surrogate is written as
 * a backslash, u and four hex digits, so a name, a description or a value echoed in an error can neither move the
 * cursor, recolour the screen nor break the one-line form of a message. Printable text of any
 * script passes unchanged.
 */
final class Terminal {

    private Terminal() {
    }

    /** {@code text} with every unsafe character escaped; {@code null} stays {@code null}. */
    static String safe(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) < 0x7f) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            int width = pair ? 2 : 1;
            boolean unsafe = Character.isSurrogate(c) && !pair || unsafeType(Character.getType(text.codePointAt(i)));
            for (int k = i; k < i + width; k++) {
                if (unsafe) {
                    b.append(String.format("\\u%04x", (int) text.charAt(k)));
                } else {
                    b.append(text.charAt(k));
                }
            }
            i += width;
        }
        return b.toString();
    }

    /** A block of lines made safe line by line: its line breaks stay, everything else as {@link #safe}. */
    static String lines(String block) {
        String[] parts = block.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = safe(parts[i]);
        }
        return String.join("\n", parts);
    }

    private static boolean unsafeType(int type) {
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
