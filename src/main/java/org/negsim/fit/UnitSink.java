package org.negsim.fit;

/** Receives each recorded decision the likelihood scores, with the model's probabilities for it. */
interface UnitSink {

    /**
     * @param stage    stage index
     * @param round    round of the decision
     * @param actor    actor index
     * @param probs    probability of each outcome: binary decisions {not, yes} (join, or leave);
     *                 votes {yes, abstain, no}
     * @param observed index of the recorded outcome in {@code probs}
     */
    void unit(int stage, int round, int actor, double[] probs, int observed);
}
