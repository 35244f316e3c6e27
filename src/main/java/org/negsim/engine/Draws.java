package org.negsim.engine;

import ec.util.MersenneTwisterFast;

/** The decisions of a normal run: one draw ε ~ Logistic(0, τ) per decision from the run's generator. */
final class Draws implements DecisionSource {

    private final MersenneTwisterFast random;

    Draws(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public boolean join(int actor, int round, double z, double temperature) {
        return DecisionKernel.joins(z, DecisionKernel.noise(temperature, random));
    }

    @Override
    public boolean leave(int actor, int round, double z, double temperature, double band) {
        return DecisionKernel.leaves(z, DecisionKernel.noise(temperature, random), band);
    }

    @Override
    public byte vote(int actor, int round, double z, double temperature, double band) {
        return DecisionKernel.vote(z, DecisionKernel.noise(temperature, random), band);
    }
}
