package org.negsim.engine;

import org.negsim.model.Stage;

/**
 * Who decides how the deciding actors of a round decide. A normal run draws from its generator
 * ({@link NegotiationSim#NegotiationSim(PreparedScenario, long, RunListener)}); the likelihood of a
 * recorded history ({@code negsim fit}) supplies the recorded decisions instead and reads, for each,
 * the score and thresholds the engine computed, so that the replay walks exactly the engine's rounds
 * (positions, support, availability, the chair's text). The engine calls it in the order of the
 * draws: per round, deciding actors in scenario order.
 */
public interface DecisionSource {

    /** A stage begins (it runs); {@code index} is its position in the scenario's list of stages. */
    default void stageStarted(int index, Stage stage) {
    }

    /**
     * An available member that has not joined an open declaration decides whether to join.
     *
     * @param actor       index of the actor in scenario order
     * @param round       the round, from 1
     * @param z           its support score ({@link DecisionKernel#score})
     * @param temperature τ ≥ 0
     * @return whether it joins
     */
    boolean join(int actor, int round, double z, double temperature);

    /** A joined available member of a declaration with withdrawal decides whether to leave (band b ≥ 0). */
    boolean leave(int actor, int round, double z, double temperature, double band);

    /** An available member of a vote stage votes: {@link DecisionKernel#YES}, {@code NO} or {@code ABSTAIN}. */
    byte vote(int actor, int round, double z, double temperature, double band);
}
