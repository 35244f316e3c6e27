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

    /** The per-actor values of a prepared scenario that {@link #withActorValues} can replace. */
    public enum ActorValue { SIGN_COST, CONFORMITY, FLEXIBILITY, TEMPERATURE }

    private PreparedScenario(Scenario scenario, Population population, InfluenceNetwork network,
                             List<String> weightNames, Map<String, Integer> actorIndex, MeasureSet measures) {
        this.scenario = scenario;
        this.population = population;
        this.network = network;
        this.weightNames = weightNames;
        this.actorIndex = actorIndex;
        this.measures = measures;
    }

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

    /** A copy of every actor's value of the given kind, in scenario order (c_i, β_i, λ_i or τ_i). */
    public double[] actorValues(ActorValue which) {
        return array(which).clone();
    }

    /**
     * This prepared scenario with some per-actor values replaced and everything else shared — what
     * binding the scenario with those values would give, without binding it again (a fit evaluates
     * its likelihood at many values of the same few fields). {@code values} maps a kind of value to
     * one entry per actor; the arrays are copied. {@link #scenario()} still returns the original
     * scenario, whose actors carry the original values: runs read these values from here only.
     */
    public PreparedScenario withActorValues(Map<ActorValue, double[]> values) {
        double[][] v = new double[ActorValue.values().length][];
        for (ActorValue which : ActorValue.values()) {
            double[] given = values.get(which);
            if (given != null && given.length != population.size) {
                throw new IllegalArgumentException(which + ": one value per actor expected, got " + given.length);
            }
            v[which.ordinal()] = given == null ? array(which) : given.clone();
        }
        Population p = new Population(population, v[0], v[1], v[2], v[3]);
        return new PreparedScenario(scenario, p, network, weightNames, actorIndex, measures);
    }

    private double[] array(ActorValue which) {
        return switch (which) {
            case SIGN_COST -> population.signCost;
            case CONFORMITY -> population.conformity;
            case FLEXIBILITY -> population.flexibility;
            case TEMPERATURE -> population.temperature;
        };
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }
}
