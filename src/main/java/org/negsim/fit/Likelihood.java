package org.negsim.fit;

import org.negsim.engine.NegotiationSim;
import org.negsim.engine.PreparedScenario;
import org.negsim.engine.RunListener;
import org.negsim.random.Seeds;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;

/**
 * The log-likelihood of a record as a function of the free parameters: exact (one replay of the
 * record through the engine) or simulated (the mean over {@code draws} replays whose open decisions
 * are drawn with common random numbers: the same draws at every parameter value). Not thread-safe.
 */
public final class Likelihood {

    private final ParameterSpace space;
    private final Record record;
    private final boolean[] counted;
    private final RecordSource.Mode mode;
    private final int draws;
    private final long seed;
    private final int expected;
    private final String reason;
    /** The scenario prepared once, free parameters applied to it; null: bind at every point. */
    private final PreparedSpace prepared;

    /**
     * @param counted actors whose recorded decisions enter the likelihood (the others are held out:
     *                their record conditions the replay but their probabilities are not counted)
     * @param draws   replays of the simulated likelihood (ignored when it is exact)
     * @param seed    seed of the common random numbers
     */
    public Likelihood(ParameterSpace space, Record record, boolean[] counted, int draws, long seed)
            throws ScenarioException {
        this(space, record, counted, draws, seed, true);
    }

    /**
     * @param prepare whether to prepare the scenario once and apply the free parameters to it where
     *                they are per-actor values ({@link PreparedSpace}); false binds it at every point
     *                (the same numbers, slower: for tests and benchmarks)
     */
    public Likelihood(ParameterSpace space, Record record, boolean[] counted, int draws, long seed, boolean prepare)
            throws ScenarioException {
        this.space = space;
        this.record = record;
        this.counted = counted.clone();
        this.draws = draws;
        this.seed = seed;
        Scenario start = space.scenarioAt(space.start());
        boolean conformityFree = false;
        for (FreeParameter p : space.parameters()) {
            conformityFree |= p.path().contains("conformity");
        }
        this.reason = Exactness.reason(start, record, conformityFree);
        this.mode = reason == null ? RecordSource.Mode.EXACT : RecordSource.Mode.SIMULATED;
        int e = 0;
        for (Observation o : record.rows()) {
            boolean founder = o.kind() == Observation.Kind.JOINED && o.from() == 0;
            boolean unavailableAbstention = o.kind() == Observation.Kind.VOTE
                    && o.from() < start.actors().get(o.actor()).availableFrom();
            if (o.kind() != Observation.Kind.NONE && !founder && !unavailableAbstention) {
                e++;
            }
        }
        this.expected = e;
        this.prepared = prepare ? PreparedSpace.of(space) : null;
    }

    private Likelihood(Likelihood other, long seed) {
        this.space = other.space;
        this.record = other.record;
        this.counted = other.counted;
        this.mode = other.mode;
        this.draws = other.draws;
        this.seed = seed;
        this.expected = other.expected;
        this.reason = other.reason;
        this.prepared = other.prepared;
    }

    /** The same likelihood simulated with another seed of its common random numbers (another set of draws). */
    Likelihood withSeed(long newSeed) {
        return new Likelihood(this, newSeed);
    }

    /** Whether the free parameters are applied to a scenario prepared once (else it is bound at each point). */
    boolean preparedOnce() {
        return prepared != null;
    }

    /** The prepared scenario at these values, or null where they are invalid. */
    private PreparedScenario preparedAt(double[] values) {
        if (prepared != null) {
            return prepared.at(values);
        }
        try {
            return PreparedScenario.of(space.scenarioAt(values));
        } catch (ScenarioException e) {
            return null;
        }
    }

    /** Whether the likelihood is exact. */
    public boolean exact() {
        return mode == RecordSource.Mode.EXACT;
    }

    /** Why the likelihood is simulated, or null when it is exact. */
    public String whySimulated() {
        return reason;
    }

    /** Number of replays per evaluation. */
    public int replays() {
        return exact() ? 1 : draws;
    }

    /** ln L at the given parameter values; −∞ where the record is impossible or the values invalid. */
    public double at(double[] values) {
        return evaluate(values, null);
    }

    /**
     * ln L, and every scored decision with its probabilities into {@code units} (averaged over the
     * replays of a simulated likelihood by the sink; null for none).
     */
    double evaluate(double[] values, UnitSink units) {
        double[] w = logWeights(values, units);
        if (w == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            sum = RecordSource.logSumExp(sum, v);
        }
        return sum - Math.log(w.length);
    }

    /**
     * The effective number of replays at these values, (Σ w)² / Σ w² over the replays' weights w:
     * the number of equally weighted replays whose mean would be as precise. 1 for an exact
     * likelihood; far below {@link #replays()} when a few replays carry the simulated likelihood
     * (docs/fit.md, "Simulated likelihoods"). 0 where the record is impossible.
     */
    double effectiveReplays(double[] values) {
        double[] w = logWeights(values, null);
        if (w == null) {
            return 0.0;
        }
        double sum = Double.NEGATIVE_INFINITY;
        double squares = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            sum = RecordSource.logSumExp(sum, v);
            squares = RecordSource.logSumExp(squares, 2 * v);
        }
        return sum == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(2 * sum - squares);
    }

    /** The log-weight of each replay, or null when the values are invalid. */
    private double[] logWeights(double[] values, UnitSink units) {
        PreparedScenario at = preparedAt(values);
        if (at == null) {
            return null;
        }
        Scenario scenario = at.scenario();
        double[] w = new double[replays()];
        for (int k = 0; k < w.length; k++) {
            RecordSource source = new RecordSource(record, scenario.actors().size(), scenario.stages().size(), counted,
                    mode, Seeds.forRun(seed, k, 0), units);
            new NegotiationSim(at, source, RunListener.NONE).runToEnd();
            w[k] = consistent(source) ? source.logWeight() : Double.NEGATIVE_INFINITY;
        }
        return w;
    }

    /** Whether the replay reached every row of the record (every recorded stage ran, every recorded round came). */
    private boolean consistent(RecordSource source) {
        if (source.consumed() != expected) {
            return false;
        }
        for (Observation o : record.rows()) {
            if (!source.ran(o.stage())) {
                return false;
            }
        }
        return true;
    }

    /** The first row the replay at these values does not reach, for a message, or null. */
    Observation unreached(double[] values) {
        PreparedScenario at = preparedAt(values);
        if (at == null) {
            return null;
        }
        Scenario scenario = at.scenario();
        RecordSource source = new RecordSource(record, scenario.actors().size(), scenario.stages().size(), counted,
                RecordSource.Mode.EXACT, 0L, null);
        new NegotiationSim(at, source, RunListener.NONE).runToEnd();
        for (Observation o : record.rows()) {
            if (!source.ran(o.stage())) {
                return o;
            }
        }
        return source.consumed() == expected ? null : record.rows().get(record.rows().size() - 1);
    }
}
