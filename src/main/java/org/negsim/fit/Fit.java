package org.negsim.fit;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.negsim.random.MersenneTwisterAdapter;
import org.negsim.random.Seeds;
import org.negsim.model.Actor;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioException;

/**
 * A fit of a scenario's free parameters to a record: which actors are held out, the likelihood
 * (exact or simulated), the maximum, the intervals and the scores in and out of sample. Pure
 * computation: never prints or writes. Not thread-safe.
 */
public final class Fit {

    /** Options of a fit. */
    public record Options(String holdout, Double holdoutFraction, long seed, int starts, int draws) {
    }

    /** Everything a fit found. */
    public record Result(List<FreeParameter> parameters, Estimator.Result estimate, boolean exact, String whySimulated,
                         int replays, double effectiveReplays, int n, double aic, double bic, Scores.Sample inSample,
                         Scores.Sample heldOut, int heldOutActors, JsonObject fitted) {
    }

    /** Step of the numerical derivatives, as a fraction of each range: exact likelihood. */
    static final double EXACT_STEP = 1e-4;
    /** The same for a simulated likelihood, whose draws make it piecewise smooth. */
    static final double SIMULATED_STEP = 5e-2;
    /** Independent draw sets whose simulated scores measure the simulation's share of the variance. */
    static final int DRAW_SETS = 10;

    private Fit() {
    }

    /**
     * Fits the free parameters.
     *
     * @param tree     the scenario file's tree (not modified)
     * @param scenario the scenario bound from it
     * @param record   the record, read against {@code scenario}
     * @param specs    {@code PATH=min..max} specs
     * @throws ScenarioException for bad parameters, a bad hold-out or a record the scenario cannot produce
     */
    public static Result run(JsonObject tree, Scenario scenario, Record record, List<String> specs, Options options)
            throws ScenarioException {
        ParameterSpace space = ParameterSpace.of(tree, specs);
        boolean[] observed = record.observedActors();
        boolean[] held = holdout(scenario, observed, options);
        int heldCount = 0;
        boolean[] training = new boolean[observed.length];
        for (int i = 0; i < observed.length; i++) {
            training[i] = observed[i] && !held[i];
            heldCount += held[i] ? 1 : 0;
        }
        Likelihood likelihood = new Likelihood(space, record, training, options.draws(), options.seed());
        double[] start = space.start();
        if (likelihood.at(start) == Double.NEGATIVE_INFINITY) {
            Observation o = likelihood.unreached(start);
            if (o != null) {
                throw new ScenarioException(record.file() + ":" + o.line(), "the scenario cannot produce this row "
                        + "(its stage does not run, or the vote stage has stopped before that round)");
            }
        }
        Estimator estimator = likelihood.exact() ? new Estimator(space.parameters(), likelihood::at, EXACT_STEP)
                : new Estimator(space.parameters(), likelihood::at, SIMULATED_STEP,
                        b -> likelihood.withSeed(Seeds.forRun(options.seed(), 1 + b, 1))::at, DRAW_SETS);
        Estimator.Result estimate = estimator.fit(options.starts(), options.seed());
        Scores.Collector units = new Scores.Collector();
        Likelihood scoring = new Likelihood(space, record, observed, options.draws(), options.seed());
        scoring.evaluate(estimate.values(), units);
        int n = 0;
        for (Scores.Unit u : units.units.values()) {
            n += training[u.actor] ? 1 : 0;
        }
        for (Observation o : record.rows()) {
            n += training[o.actor()] && o.kind() == Observation.Kind.INTERVAL ? 1 : 0;
        }
        int k = space.size();
        double ll = estimate.logLikelihood();
        return new Result(space.parameters(), estimate, likelihood.exact(), likelihood.whySimulated(),
                likelihood.replays(), likelihood.effectiveReplays(estimate.values()), n, 2 * k - 2 * ll, k * Math.log(Math.max(n, 1)) - 2 * ll,
                Scores.of(units, training, training), Scores.of(units, held, training), heldCount,
                space.treeAt(tree, estimate.values()));
    }

    /** The held-out actors: those the selector matches, or a seeded random fraction of the observed ones. */
    static boolean[] holdout(Scenario scenario, boolean[] observed, Options options) throws ScenarioException {
        List<Actor> actors = scenario.actors();
        boolean[] held = new boolean[actors.size()];
        if (options.holdout() != null && options.holdoutFraction() != null) {
            throw new ScenarioException("--holdout", "give --holdout or --holdout-fraction, not both");
        }
        if (options.holdout() != null) {
            String sel = options.holdout();
            Set<String> ids = new java.util.HashSet<>(Arrays.asList(sel.split(",")));
            int matched = 0;
            for (int i = 0; i < actors.size(); i++) {
                Actor a = actors.get(i);
                boolean m = sel.startsWith("kind=") ? a.kind().equals(sel.substring(5))
                        : sel.startsWith("group=") ? a.groups().contains(sel.substring(6))
                        : ids.contains(a.id());
                held[i] = m && observed[i];
                matched += held[i] ? 1 : 0;
            }
            if (matched == 0) {
                throw new ScenarioException("--holdout " + sel, "matches no actor of the record; use kind=K, group=G or ids A,B");
            }
        } else if (options.holdoutFraction() != null) {
            double f = options.holdoutFraction();
            if (!(f > 0 && f < 1)) {
                throw new ScenarioException("--holdout-fraction", "must be > 0 and < 1, was " + f);
            }
            int[] ids = new int[actors.size()];
            int m = 0;
            for (int i = 0; i < actors.size(); i++) {
                if (observed[i]) {
                    ids[m++] = i;
                }
            }
            ids = Arrays.copyOf(ids, m);
            MersenneTwisterAdapter random = new MersenneTwisterAdapter(MersenneTwisterAdapter.generator(options.seed()));
            for (int j = m - 1; j > 0; j--) {
                int r = random.nextInt(j + 1);
                int t = ids[j];
                ids[j] = ids[r];
                ids[r] = t;
            }
            int take = (int) Math.round(f * m);
            if (take == 0 || take == m) {
                throw new ScenarioException("--holdout-fraction", "holds out " + take + " of " + m
                        + " recorded actors; choose a fraction that leaves some on each side");
            }
            for (int j = 0; j < take; j++) {
                held[ids[j]] = true;
            }
        }
        return held;
    }
}
