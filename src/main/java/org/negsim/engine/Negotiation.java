package org.negsim.engine;

import org.negsim.model.Scenario;

/** Entry point of the engine: one run of a scenario with one seed. Never prints or writes files. */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * Runs every stage of the scenario with the given seed, reporting the trace to the listener.
     * Deterministic: the same scenario and seed give the same calls with the same values.
     */
    public static RunResult run(Scenario scenario, long seed, RunListener listener) {
        NegotiationSim sim = new NegotiationSim(scenario, seed, listener);
        return sim.runToEnd();
    }

    /**
     * The same for a prepared scenario: identical results, without re-deriving the scenario's
     * arrays for every run (a sweep prepares each design point once).
     */
    public static RunResult run(PreparedScenario scenario, long seed, RunListener listener) {
        return new NegotiationSim(scenario, seed, listener).runToEnd();
    }
}
