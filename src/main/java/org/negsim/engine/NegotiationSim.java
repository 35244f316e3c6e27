package org.negsim.engine;

import org.negsim.model.Scenario;
import sim.engine.SimState;

/** One run of a scenario as a MASON simulation (being implemented). */
public final class NegotiationSim extends SimState {
    private static final long serialVersionUID = 1L;

    NegotiationSim(Scenario scenario, long seed, RunListener listener) {
        super(seed);
    }

    RunResult runToEnd() {
        throw new UnsupportedOperationException("engine under construction");
    }
}
