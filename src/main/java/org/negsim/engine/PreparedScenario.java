package org.negsim.engine;

import java.util.List;
import java.util.Map;
import org.negsim.model.Scenario;

/**
 * A scenario with everything a run derives from it but never changes — the actors' arrays, the
 * influence network, the index of actor ids — computed once, so that the many runs of a sweep's
 * design point each pay only for their own mutable state. Immutable and thread-safe: runs on
 * several threads may share one instance.
 */
public final class PreparedScenario {

    private final Scenario scenario;
    /** A template never run itself: runs copy its references and take fresh positions. */
    final Population population;
    /** A template never run itself: runs share its structure and take fresh scratch buffers. */
    final InfluenceNetwork network;
    final List<String> weightNames;
    final Map<String, Integer> actorIndex;
    final MeasureSet measures;

    private PreparedScenario(Scenario scenario) {
        this.scenario = scenario;
        this.population = new Population(scenario);
        this.network = new InfluenceNetwork(scenario);
        this.weightNames = List.copyOf(scenario.weightNames());
        this.actorIndex = Map.copyOf(StageProcess.indexById(scenario.actors()));
        this.measures = new MeasureSet(scenario);
    }

    /** Prepares a validated scenario for any number of runs. */
    public static PreparedScenario of(Scenario scenario) {
        return new PreparedScenario(scenario);
    }

    /**
     * Who is influenced by whom: the actors (scenario order) with an incoming tie of positive weight
     * — explicit, {@code homeTieWeight} or {@code groupTieWeight} — from an actor flagged in
     * {@code from} other than themselves, i.e. whose peer support P can depend on a flagged actor's.
     */
    public boolean[] influencedBy(boolean[] from) {
        if (from.length != population.size) {
            throw new IllegalArgumentException("one flag per actor expected, got " + from.length);
        }
        return network.influencedBy(from);
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }
}
