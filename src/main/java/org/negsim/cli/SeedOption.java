package org.negsim.cli;

import org.negsim.random.Seeds;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;
import picocli.CommandLine.Option;

/**
 * The {@code --seed} of one run ({@code run}, {@code gui}) as a picocli mixin, and the range check
 * every command's {@code --seed} shares: an integer in [0, 2^53).
 */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "N",
            description = "The run's seed (default: the seed of run 0 of a sweep of this scenario).")
    Long seed;

    /** The run's seed: {@code --seed}, else the seed run 0 of a sweep of the scenario gets. */
    long forRun(Scenario scenario) throws ScenarioException {
        return seed != null ? checked(seed) : Seeds.forRun(scenario.seed(), 0, 0);
    }

    /**
     * A {@code --seed} value, checked.
     *
     * @throws ScenarioException naming {@code --seed} and the allowed range when it is outside [0, 2^53)
     */
    static long checked(long seed) throws ScenarioException {
        if (seed < 0 || seed >= Seeds.LIMIT) {
            throw new ScenarioException("--seed", "must be an integer in [0, 2^53) = [0, " + (Seeds.LIMIT - 1)
                    + "], was " + seed);
        }
        return seed;
    }
}
