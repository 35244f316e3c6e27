package org.negsim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean" for a misspelt id, kind, group, weight, key or word: the known name at the
 * smallest optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions,
 * ignoring case), if it is at most 2 and less than half the name's length. Linear in the number
 * of known names; only called for an error.
 */
public final class Suggest {

    private Suggest() {
    }

    /** {@code " (did you mean \"x\"?)"}, or empty when nothing is close. */
    public static String didYouMean(String name, Collection<String> known) {
        String best = closest(name, known);
        return best == null ? "" : " (did you mean " + Json.quote(best) + "?)";
    }

    /** {@code " (\"Microsoft\" is the name of MSFT)"} when {@code name} is an actor's name (id → name), else empty. */
    static String nameOf(String name, Map<String, String> names) {
        String caseInsensitive = null;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(name)) {
                return " (" + Json.quote(name) + " is the name of " + e.getKey() + ")";
            }
            if (caseInsensitive == null && e.getValue().equalsIgnoreCase(name)) {
                caseInsensitive = e.getKey();
            }
        }
        return caseInsensitive == null ? "" : " (" + Json.quote(names.get(caseInsensitive)) + " is the name of "
                + caseInsensitive + ")";
    }

    /** The known name closest to {@code name} within the limit, the alphabetically first on a tie; or null. */
    static String closest(String name, Collection<String> known) {
        String target = name.toLowerCase(Locale.ROOT);
        int limit = Math.min(2, (target.length() - 1) / 2);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (Math.abs(k.length() - target.length()) > limit) {
                continue;
            }
            int d = distance(target, k.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null || best.equals(name) ? null : best;
    }

    /** The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
