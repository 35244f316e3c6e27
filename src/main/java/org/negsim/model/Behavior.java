package org.negsim.model;

/**
 * Scenario-wide behaviour parameters and the defaults of the per-actor ones.
 *
 * @param distance       utility distance (linear or quadratic)
 * @param temperature    default τ of the logistic decision noise, ≥ 0 (0 = deterministic)
 * @param abstainBand    b ≥ 0: a vote is yes when z+ε &gt; b, no when z+ε &lt; −b, else abstain;
 *                       with withdrawal allowed, a joined actor leaves when z+ε &lt; −b
 * @param selfWeight     w_self &gt; 0, the weight of an actor's own current position in the
 *                       Friedkin–Johnsen update
 * @param groupTieWeight weight ≥ 0 of the tie added in both directions for every group two actors share
 * @param homeTieWeight  weight ≥ 0 of the tie added from every actor with a {@code home} to that home
 * @param conformity     default β (any finite number)
 * @param signCost       default c (any finite number)
 * @param flexibility    default λ in [0, 1]
 */
public record Behavior(Distance distance, double temperature, double abstainBand, double selfWeight,
                       double groupTieWeight, double homeTieWeight,
                       double conformity, double signCost, double flexibility) {

    /** The defaults used when a scenario has no {@code behavior} block or omits a field. */
    public static Behavior defaults() {
        return new Behavior(Distance.LINEAR, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }
}
