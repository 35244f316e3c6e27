package org.negsim.engine;

import java.util.List;

/**
 * The outcome of one run: one {@link StageOutcome} per stage of the scenario, in order.
 *
 * @param seed   the run's seed
 * @param stages per stage, executed or not
 */
public record RunResult(long seed, List<StageOutcome> stages) {
}
