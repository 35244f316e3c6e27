package org.negsim.fit;

import org.negsim.engine.DecisionKernel;
import org.negsim.engine.DecisionSource;
import org.negsim.random.Seeds;
import org.negsim.model.Stage;

/**
 * The decisions of a replay of the record (docs/model.md, "The likelihood of a record"): recorded
 * actors decide as the record says and their log-probabilities (from {@link DecisionKernel}) are
 * summed; the others decide nothing ({@link Mode#EXACT}, where they influence no recorded actor)
 * or are drawn from the model with common random numbers ({@link Mode#SIMULATED}, one path of the
 * simulated likelihood). One instance per replay; not thread-safe.
 */
final class RecordSource implements DecisionSource {

    /** How the decisions the record leaves open are treated. */
    enum Mode { EXACT, SIMULATED }

    private final Record record;
    private final boolean[] counted;
    private final Mode mode;
    private final long pathSeed;
    private final UnitSink units;
    private int stage = -1;
    private final boolean[] ran;
    /** Σ of the counted log-probabilities (one path's log-weight when simulated). */
    private double logWeight;
    private int consumed;
    /** Exact intervals: ln P(not joined before the round) and ln Σ_r P(joins at r) so far, per actor. */
    private final double[] notBefore;
    private final double[] intervalSum;

    RecordSource(Record record, int actors, int stages, boolean[] counted, Mode mode, long pathSeed, UnitSink units) {
        this.record = record;
        this.counted = counted;
        this.mode = mode;
        this.pathSeed = pathSeed;
        this.units = units;
        this.ran = new boolean[stages];
        this.notBefore = new double[actors];
        this.intervalSum = new double[actors];
    }

    @Override
    public void stageStarted(int index, Stage s) {
        stage = index;
        ran[index] = true;
        java.util.Arrays.fill(notBefore, 0.0);
        java.util.Arrays.fill(intervalSum, Double.NEGATIVE_INFINITY);
    }

    /** The replay's log-weight: Σ ln P of the counted recorded decisions. */
    double logWeight() {
        return logWeight;
    }

    /** How many rows were reached by the replay (founders and {@code none} rows excluded). */
    int consumed() {
        return consumed;
    }

    /** Whether the stage ran in the replay. */
    boolean ran(int s) {
        return ran[s];
    }

    @Override
    public boolean join(int actor, int round, double z, double temperature) {
        Observation o = record.of(stage, actor);
        if (o == null) {
            return mode == Mode.SIMULATED && DecisionKernel.joins(z, DecisionKernel.noise(temperature, uniform(round, actor)));
        }
        double logJoin = DecisionKernel.logPJoin(z, temperature);
        double logStay = DecisionKernel.logPStay(z, temperature);
        switch (o.kind()) {
            case NONE -> {
                binary(o, round, logJoin, logStay, false);
                return false;
            }
            case JOINED -> {
                if (round > o.from()) {
                    return false;
                }
                boolean joins = round == o.from();
                binary(o, round, logJoin, logStay, joins);
                consumed += joins ? 1 : 0;
                return joins;
            }
            case INTERVAL -> {
                if (round < o.from()) {
                    binary(o, round, logJoin, logStay, false);
                    return false;
                }
                if (round > o.to()) {
                    return false;
                }
                if (mode == Mode.EXACT) {
                    intervalSum[actor] = logSumExp(intervalSum[actor], notBefore[actor] + logJoin);
                    notBefore[actor] += logStay;
                    if (round == o.to()) {
                        add(o, intervalSum[actor]);
                        consumed++;
                    }
                    return false;
                }
                if (round == o.to()) {
                    add(o, logJoin);
                    consumed++;
                    return true;
                }
                boolean joins = DecisionKernel.joins(z, DecisionKernel.noise(temperature, uniform(round, actor)));
                consumed += joins ? 1 : 0;
                return joins;
            }
            default -> throw new IllegalStateException("a vote row in an open declaration");
        }
    }

    @Override
    public boolean leave(int actor, int round, double z, double temperature, double band) {
        Observation o = record.of(stage, actor);
        if (o == null) {
            return mode == Mode.SIMULATED
                    && DecisionKernel.leaves(z, DecisionKernel.noise(temperature, uniform(round, actor)), band);
        }
        // a recorded joined actor stays to the end of the stage
        double logLeave = DecisionKernel.logPLeave(z, temperature, band);
        add(o, DecisionKernel.logPRemain(z, temperature, band));
        if (units != null && o.kind() == Observation.Kind.JOINED) {
            double p = Math.exp(logLeave);
            units.unit(stage, round, actor, new double[] {1.0 - p, p}, 0);
        }
        return false;
    }

    @Override
    public byte vote(int actor, int round, double z, double temperature, double band) {
        Observation o = record.vote(stage, actor, round);
        if (o == null) {
            return mode == Mode.SIMULATED
                    ? DecisionKernel.vote(z, DecisionKernel.noise(temperature, uniform(round, actor)), band)
                    : DecisionKernel.ABSTAIN;
        }
        add(o, DecisionKernel.logPVote(o.vote(), z, temperature, band));
        consumed++;
        if (units != null) {
            double yes = DecisionKernel.pVote(DecisionKernel.YES, z, temperature, band);
            double no = DecisionKernel.pVote(DecisionKernel.NO, z, temperature, band);
            double[] p = {yes, Math.max(0.0, 1.0 - yes - no), no};
            int observed = o.vote() == DecisionKernel.YES ? 0 : o.vote() == DecisionKernel.ABSTAIN ? 1 : 2;
            units.unit(stage, round, actor, p, observed);
        }
        return o.vote();
    }

    /** A join-or-not decision of a recorded actor: its term, and its unit for the scores. */
    private void binary(Observation o, int round, double logJoin, double logStay, boolean joins) {
        add(o, joins ? logJoin : logStay);
        if (units != null) {
            double p = Math.exp(logJoin);
            units.unit(stage, round, o.actor(), new double[] {1.0 - p, p}, joins ? 1 : 0);
        }
    }

    private void add(Observation o, double logP) {
        if (counted[o.actor()]) {
            logWeight += logP;
        }
    }

    /** The common random number of this path for a decision: uniform in (0, 1). */
    private double uniform(int round, int actor) {
        long h = Seeds.mix(pathSeed ^ Seeds.mix(((long) stage << 48) ^ ((long) round << 32) ^ actor));
        return ((h >>> 11) + 0.5) * 0x1.0p-53;
    }

    static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
