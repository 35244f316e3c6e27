package org.negsim.engine;

import ec.util.MersenneTwisterFast;

/**
 * The one place where an actor's support score and the decision thresholds are computed
 * (docs/model.md, "Support score" and "Decision with bounded rationality"). The engine uses it to
 * decide under a draw; the likelihood of {@code negsim fit} uses it for the probability of each
 * decision without one. Pure functions of their arguments; stateless and thread-safe.
 *
 * <p>With z the support score, ε ~ Logistic(0, τ) the draw and b ≥ 0 the abstain band:
 * <ul>
 *   <li>an actor joins an open declaration iff z + ε &gt; 0;</li>
 *   <li>a joined actor leaves (withdrawal allowed) iff z + ε &lt; −b;</li>
 *   <li>a voter votes yes iff z + ε &gt; b, no iff z + ε &lt; −b, and abstains otherwise (exactly at
 *       ±b it abstains).</li>
 * </ul>
 * So, with F the logistic CDF and σ = F: P(join) = σ(z/τ), P(leave) = F((−b − z)/τ), P(yes) =
 * 1 − F((b − z)/τ), P(abstain) = F((b − z)/τ) − F((−b − z)/τ), P(no) = F((−b − z)/τ). At τ = 0 (no
 * draw, ε = 0) these are the indicators of the strict inequalities above: z = 0 does not join,
 * z = b abstains. The {@code log…} methods give the logarithms, accurate in the tails (−∞ for an
 * impossible decision).
 */
public final class DecisionKernel {

    /** A vote: yes. */
    public static final byte YES = 1;
    /** A vote: no. */
    public static final byte NO = 2;
    /** A vote: abstain. */
    public static final byte ABSTAIN = 3;

    private DecisionKernel() {
    }

    /**
     * The support score z_i = G_i(x) + β_i·P_i − c_i.
     *
     * @param gain       G_i(x), the gain of the text over the status quo
     * @param conformity β_i (may be negative)
     * @param peer       P_i in [0, 1], the weighted support among the actors influencing i
     * @param signCost   c_i (may be negative)
     */
    public static double score(double gain, double conformity, double peer, double signCost) {
        return gain + conformity * peer - signCost;
    }

    /**
     * A draw of the logistic noise ε ~ Logistic(0, τ): τ·ln(u/(1−u)) with u uniform on (0, 1) from
     * the run's generator; no draw (and ε = 0) when τ = 0.
     */
    public static double noise(double temperature, MersenneTwisterFast random) {
        if (temperature == 0.0) {
            return 0.0;
        }
        return noise(temperature, random.nextDouble(false, false));
    }

    /** The logistic noise τ·ln(u/(1−u)) of a uniform u in (0, 1); 0 when τ = 0. */
    public static double noise(double temperature, double u) {
        if (temperature == 0.0) {
            return 0.0;
        }
        return temperature * Math.log(u / (1.0 - u));
    }

    // ---- decisions under a draw ----

    /** Whether an actor with score z and draw ε joins: z + ε &gt; 0. */
    public static boolean joins(double z, double noise) {
        return z + noise > 0.0;
    }

    /** Whether a joined actor with score z and draw ε leaves: z + ε &lt; −b. */
    public static boolean leaves(double z, double noise, double band) {
        return z + noise < -band;
    }

    /** The vote ({@link #YES}, {@link #NO} or {@link #ABSTAIN}) of an actor with score z and draw ε. */
    public static byte vote(double z, double noise, double band) {
        double v = z + noise;
        return v > band ? YES : v < -band ? NO : ABSTAIN;
    }

    // ---- probabilities without a draw ----

    /** P(join) = σ(z/τ); at τ = 0, 1 if z &gt; 0 else 0. */
    public static double pJoin(double z, double temperature) {
        return Math.exp(logPJoin(z, temperature));
    }

    /** ln P(join). */
    public static double logPJoin(double z, double temperature) {
        if (temperature == 0.0) {
            return z > 0.0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return logSigma(z / temperature);
    }

    /** ln P(not join) = ln(1 − σ(z/τ)); at τ = 0, 0 if z ≤ 0 else −∞. */
    public static double logPStay(double z, double temperature) {
        if (temperature == 0.0) {
            return z > 0.0 ? Double.NEGATIVE_INFINITY : 0.0;
        }
        return logSigma(-z / temperature);
    }

    /** P(leave) = F((−b − z)/τ) for a joined actor; at τ = 0, 1 if z &lt; −b else 0. */
    public static double pLeave(double z, double temperature, double band) {
        return Math.exp(logPLeave(z, temperature, band));
    }

    /** ln P(leave). */
    public static double logPLeave(double z, double temperature, double band) {
        return logPNo(z, temperature, band);
    }

    /** ln P(a joined actor stays) = ln(1 − F((−b − z)/τ)). */
    public static double logPRemain(double z, double temperature, double band) {
        if (temperature == 0.0) {
            return z < -band ? Double.NEGATIVE_INFINITY : 0.0;
        }
        return logSigma((band + z) / temperature);
    }

    /** P(vote) for {@link #YES}, {@link #NO} or {@link #ABSTAIN}. */
    public static double pVote(byte vote, double z, double temperature, double band) {
        return Math.exp(logPVote(vote, z, temperature, band));
    }

    /** ln P(vote) for {@link #YES}, {@link #NO} or {@link #ABSTAIN}. */
    public static double logPVote(byte vote, double z, double temperature, double band) {
        return switch (vote) {
            case YES -> logPYes(z, temperature, band);
            case NO -> logPNo(z, temperature, band);
            case ABSTAIN -> logPAbstain(z, temperature, band);
            default -> throw new IllegalArgumentException("not a vote: " + vote);
        };
    }

    /** ln P(yes) = ln(1 − F((b − z)/τ)); at τ = 0, 0 if z &gt; b else −∞. */
    public static double logPYes(double z, double temperature, double band) {
        if (temperature == 0.0) {
            return z > band ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return logSigma((z - band) / temperature);
    }

    /** ln P(no) = ln F((−b − z)/τ); at τ = 0, 0 if z &lt; −b else −∞. */
    public static double logPNo(double z, double temperature, double band) {
        if (temperature == 0.0) {
            return z < -band ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return logSigma((-band - z) / temperature);
    }

    /**
     * ln P(abstain) = ln(F((b − z)/τ) − F((−b − z)/τ)); −∞ when b = 0 and τ &gt; 0; at τ = 0, 0 if
     * −b ≤ z ≤ b else −∞.
     */
    public static double logPAbstain(double z, double temperature, double band) {
        if (temperature == 0.0) {
            return z > band || z < -band ? Double.NEGATIVE_INFINITY : 0.0;
        }
        double hi = (band - z) / temperature;
        double lo = (-band - z) / temperature;
        if (!(hi > lo)) {
            return Double.NEGATIVE_INFINITY;
        }
        // F(hi) − F(lo) = F(−lo) − F(−hi): take the form whose terms are upper tails (accurate when small)
        if (lo > 0.0) {
            return logDifference(logSigma(-lo), logSigma(-hi));
        }
        return logDifference(logSigma(hi), logSigma(lo));
    }

    /** ln σ(x) = −ln(1 + e^(−x)), accurate for every x. */
    static double logSigma(double x) {
        return x >= 0.0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }

    /** ln(e^a − e^b) for a ≥ b. */
    private static double logDifference(double a, double b) {
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double d = b - a;
        return a + (d > -0.6931471805599453 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
    }
}
