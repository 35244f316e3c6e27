package org.negsim.model;

import java.util.List;
import java.util.Map;

/**
 * An agent of the negotiation, as read from the scenario with every default resolved.
 * Immutable by convention: the arrays must not be modified after construction.
 *
 * @param id            unique identifier
 * @param name          human-readable name (the id when the scenario gives none)
 * @param kind          free label such as {@code state}, {@code firm}, {@code civil}
 * @param groups        the blocs the actor belongs to, without duplicates, in scenario order
 * @param home          id of the actor's home actor (a firm's state), or {@code null}
 * @param position      ideal position per issue, in issue order, each in [0, 1]
 * @param salience      salience per issue, in issue order, normalised so that it sums to 1
 * @param capability    capability ≥ 0 (weight in the chair's compromise)
 * @param weights       named weights ≥ 0 such as {@code population} or {@code emissions}
 * @param signCost      c_i, the cost of committing (may be negative)
 * @param conformity    β_i, the weight of peer support (may be negative)
 * @param flexibility   λ_i in [0, 1], 0 = stubborn
 * @param temperature   τ_i ≥ 0 of the logistic decision noise
 * @param availableFrom first round (≥ 0) in which the actor may join or vote yes
 */
public record Actor(String id, String name, String kind, List<String> groups, String home,
                    double[] position, double[] salience, double capability, Map<String, Double> weights,
                    double signCost, double conformity, double flexibility, double temperature,
                    int availableFrom) {

    /** This actor's weight of the given name, 0 when the actor has none. */
    public double weight(String weightName) {
        Double w = weights.get(weightName);
        return w == null ? 0.0 : w;
    }
}
