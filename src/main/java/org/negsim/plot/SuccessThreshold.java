package org.negsim.plot;

import java.util.List;
import org.negsim.model.SuccessCondition;

/**
 * A success condition of an open-declaration stage as a line on the signature chart.
 *
 * <p>A condition can be drawn when the actors it counts are exactly the actors of some set of
 * kinds (its selector names only {@code kinds}, or is {@code "all"}): its line then belongs to
 * the series {@code Σ joined_<kind>} over those kinds, and the condition holds in a round
 * exactly when that series is at or above {@link #count()}. A {@code minCount n} condition gives
 * the line n; a {@code minFraction f} condition gives f × (number of actors of the scenario
 * matching the selector). Conditions on groups or ids, and weighted {@code minShare} conditions,
 * cannot be read off the counts by kind: {@link #kinds()} is empty and {@link #count()} NaN, and
 * the chart names them in a note instead.
 *
 * @param condition   the stage's condition
 * @param description the condition in words, e.g. {@code ≥ 55 % of state (118 actors) = 64.9}
 * @param kinds       the kinds whose joined counts add up to the line's series (sorted); empty
 *                    when the condition cannot be drawn
 * @param count       the number of joined actors of those kinds the condition needs (may be
 *                    fractional for a fraction); NaN when it cannot be drawn
 */
public record SuccessThreshold(SuccessCondition condition, String description, List<String> kinds, double count) {

    /** Copies the kinds. */
    public SuccessThreshold {
        kinds = List.copyOf(kinds);
    }

    /** Whether the condition can be drawn as a horizontal line on the counts by kind. */
    public boolean drawable() {
        return !kinds.isEmpty() && !Double.isNaN(count);
    }
}
