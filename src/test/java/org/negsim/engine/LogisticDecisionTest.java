package org.negsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negsim.model.Behavior;
import org.negsim.model.Distance;
import org.negsim.rules.Consensus;
import org.negsim.model.When;

/**
 * The bounded-rational decision, statistically: with ε ~ Logistic(0, τ), an actor with score z joins
 * with probability 1/(1 + e^(−z/τ)). Deterministic (fixed seeds), so the tolerance of 4.5 standard
 * errors is a statement about the generator, not a flaky bound.
 */
class LogisticDecisionTest {

    private static final int ACTORS = 40_000;

    private static double logistic(double z, double tau) {
        return 1.0 / (1.0 + Math.exp(-z / tau));
    }

    private static double tolerance(double p) {
        return 4.5 * Math.sqrt(p * (1 - p) / ACTORS);
    }

    @Test
    void joinFrequencyMatchesTheLogisticProbability() {
        double tau = 0.1;
        for (double z : new double[] {-0.15, 0.0, 0.05, 0.2}) {
            // gain 0 (position = text = status quo), sign cost −z: score z
            Behavior b = new Behavior(Distance.LINEAR, tau, 0.0, 1.0, 0, 0, 0, -z, 0);
            ScenarioFixture f = new ScenarioFixture().behavior(b).issue("x", 0.5);
            for (int i = 0; i < ACTORS; i++) {
                f.actor("a" + i, 0.5);
            }
            f.declaration("call", 1, List.of(), new double[] {0.5}, ScenarioFixture.minCount(ACTORS));
            int joined = ScenarioFixture.run(f.build(), 2018).outcomes.get(0).joined();
            double p = logistic(z, tau);
            assertEquals(p, joined / (double) ACTORS, tolerance(p), "z = " + z);
        }
    }

    @Test
    void voteFrequenciesMatchTheLogisticProbabilitiesAroundTheBand() {
        double tau = 0.05;
        double band = 0.02;
        double z = 0.03;
        Behavior b = new Behavior(Distance.LINEAR, tau, band, 1.0, 0, 0, 0, -z, 0);
        ScenarioFixture f = new ScenarioFixture().behavior(b).issue("x", 0.5);
        for (int i = 0; i < ACTORS; i++) {
            f.actor("a" + i, 0.5);
        }
        f.stage(ScenarioFixture.vote("v", new Consensus(), 1, 0, ScenarioFixture.text(0.5), When.ALWAYS));
        StageOutcome o = ScenarioFixture.run(f.build(), 7).outcomes.get(0);
        double pYes = logistic(z - band, tau);
        double pNo = 1 - logistic(z + band, tau);
        assertEquals(pYes, o.yes() / (double) ACTORS, tolerance(pYes));
        assertEquals(pNo, o.no() / (double) ACTORS, tolerance(pNo));
    }
}
