package org.negsim.power;

import java.math.BigDecimal;
import java.util.List;
import org.negsim.engine.StageActors;
import org.negsim.model.Actor;
import org.negsim.model.SuccessCondition;

/**
 * The success conditions of an open declaration over the actors at the end of the stage: per
 * condition the matching actors, how many of them joined and their weight (the decimals written,
 * summed exactly), evaluated by {@link SuccessCondition#holds}. Immutable after construction.
 */
final class DeclarationConditions {

    private final List<SuccessCondition> conditions;
    private final StageActors actors;
    private final boolean[][] mask;
    private final int[] matching;
    private final double[] totalWeight;
    private final int[] joined;
    private final BigDecimal[] joinedWeight;
    /**
     * Per weighted condition the matching actors' weights as decimals, computed once (the search for
     * holdouts adds and removes them many times); null rows for head counts, null for other actors.
     */
    private final BigDecimal[][] weightOf;

    DeclarationConditions(List<SuccessCondition> conditions, StageActors actors) {
        this.conditions = List.copyOf(conditions);
        this.actors = actors;
        int c = conditions.size();
        int n = actors.size();
        mask = new boolean[c][n];
        matching = new int[c];
        totalWeight = new double[c];
        joined = new int[c];
        joinedWeight = new BigDecimal[c];
        weightOf = new BigDecimal[c][];
        for (int k = 0; k < c; k++) {
            SuccessCondition cond = conditions.get(k);
            weightOf[k] = weighted(k) ? new BigDecimal[n] : null;
            BigDecimal total = BigDecimal.ZERO;
            joinedWeight[k] = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                Actor a = actors.actor(i);
                if (cond.select().matches(a)) {
                    mask[k][i] = true;
                    matching[k]++;
                    BigDecimal w = weight(k, i);
                    if (weightOf[k] != null) {
                        weightOf[k][i] = w;
                    }
                    total = total.add(w);
                    if (joined(i)) {
                        joined[k]++;
                        joinedWeight[k] = joinedWeight[k].add(w);
                    }
                }
            }
            totalWeight[k] = total.doubleValue();
        }
    }

    /** Whether actor i had joined at the end. */
    boolean joined(int i) {
        return actors.decision(i).equals("joined");
    }

    int conditions() {
        return conditions.size();
    }

    boolean matches(int k, int i) {
        return mask[k][i];
    }

    /** Whether condition k counts weight ({@code minShare}) rather than heads. */
    boolean weighted(int k) {
        return conditions.get(k).measure() == SuccessCondition.Measure.MIN_SHARE;
    }

    /** Actor i's weight under condition k's weight name, 0 for a head count. */
    BigDecimal weight(int k, int i) {
        if (weightOf[k] == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal w = weightOf[k][i];
        return w != null ? w : Pivots.weight(actors.actor(i), conditions.get(k).weight());
    }

    /**
     * {@link #weight}'s value as a double: the actor's weight itself (a double's shortest decimal,
     * which {@code BigDecimal.valueOf} takes, converts back to that double exactly), 0 for a head count.
     */
    double weightValue(int k, int i) {
        return weightOf[k] == null ? 0.0 : actors.actor(i).weight(conditions.get(k).weight());
    }

    /** The threshold share f times the matching actors' total weight (minShare only). */
    double requiredWeight(int k) {
        return conditions.get(k).threshold() * totalWeight[k];
    }

    /** Matching actors that joined. */
    int joinedCount(int k) {
        return joined[k];
    }

    /** Their weight. */
    BigDecimal joinedWeight(int k) {
        return joinedWeight[k];
    }

    /** Whether condition k holds with {@code count} matching actors joined, of weight {@code weight}. */
    boolean holds(int k, int count, BigDecimal weight) {
        return holds(k, count, weight.doubleValue());
    }

    /**
     * {@link #holds(int, int, BigDecimal)} with the weight already rounded to the nearest double
     * (its {@code doubleValue()}, which a search keeps rather than recomputing for every test).
     */
    boolean holds(int k, int count, double weight) {
        return conditions.get(k).holds(count, matching[k], weight, totalWeight[k]);
    }

    /** Whether every condition holds at the end. */
    boolean allHold() {
        for (int k = 0; k < conditions.size(); k++) {
            if (!holds(k, joined[k], joinedWeight[k])) {
                return false;
            }
        }
        return true;
    }
}
