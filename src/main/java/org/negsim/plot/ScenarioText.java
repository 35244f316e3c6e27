package org.negsim.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.negsim.model.Selector;
import org.negsim.model.SuccessCondition;

/**
 * Short texts about a scenario for chart labels and the report: selectors, success conditions
 * and numbers, independent of the locale. Stateless.
 */
public final class ScenarioText {

    /** Most ids named in a selector's text; the rest are counted. */
    static final int MAX_IDS = 8;

    private ScenarioText() {
    }

    /**
     * A selector in words: {@code all actors}, {@code state}, {@code state or firm},
     * {@code state in EU}, {@code actors in CoE}, {@code FRA, DEU}, {@code state among FRA, DEU}.
     */
    public static String selector(Selector s) {
        if (s.kinds() == null && s.groups() == null && s.ids() == null) {
            return "all actors";
        }
        if (s.kinds() == null && s.groups() == null) {
            return ids(s.ids());
        }
        StringBuilder b = new StringBuilder(s.kinds() != null ? String.join(" or ", new TreeSet<>(s.kinds())) : "actors");
        if (s.groups() != null) {
            b.append(" in ").append(String.join(" or ", new TreeSet<>(s.groups())));
        }
        if (s.ids() != null) {
            b.append(" among ").append(ids(s.ids()));
        }
        return b.toString();
    }

    private static String ids(Set<String> ids) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        if (sorted.size() <= MAX_IDS) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, MAX_IDS)) + " and " + (sorted.size() - MAX_IDS) + " more";
    }

    /**
     * A success condition in words: {@code ≥ 50 state}, {@code ≥ 55 % of state},
     * {@code ≥ 55 % of the emissions of state}.
     */
    public static String condition(SuccessCondition c) {
        String who = selector(c.select());
        return switch (c.measure()) {
            case MIN_COUNT -> "≥ " + number(c.threshold()) + " " + who;
            case MIN_FRACTION -> "≥ " + percent(c.threshold()) + " of " + who;
            case MIN_SHARE -> "≥ " + percent(c.threshold()) + " of the " + c.weight() + " of " + who;
        };
    }

    /** A fraction as a percentage with at most 4 decimals, e.g. {@code 0.55 → "55 %"}. */
    public static String percent(double fraction) {
        return number(fraction * 100) + " %";
    }

    /**
     * A number for people: at most 4 decimals, no trailing zeros, {@code .} as decimal point,
     * e.g. {@code 64.9}, {@code 50}, {@code 0.0213}; NaN as an en dash.
     */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        BigDecimal d = new BigDecimal(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
