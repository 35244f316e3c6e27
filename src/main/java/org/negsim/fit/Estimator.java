package org.negsim.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.negsim.random.MersenneTwisterAdapter;

/**
 * Maximum likelihood inside the box of the free parameters: BOBYQA (Commons Math; Brent's method
 * for one parameter) from several starts — the scenario's values and seeded uniform points of the
 * box — on the box rescaled to [0, 1]^k; standard errors from the observed information (a central
 * numerical Hessian); 95 % intervals by the Wald rule, or by profile likelihood where the Hessian is
 * singular or the estimate is at a bound. Pure computation; not thread-safe (the objective is not).
 */
public final class Estimator {

    /** χ²₁(0.95)/2: a profile interval holds the values whose log-likelihood is within this of the maximum. */
    public static final double PROFILE_DROP = 1.9207294103470;
    private static final double Z95 = 1.959963984540054;
    /** Stands in for −∞ where the optimiser needs a number. */
    private static final double IMPOSSIBLE = 1e30;

    /** One parameter's result. */
    public record Estimate(String path, double value, double se, double low, double high, String bound,
                           String interval) {
    }

    /** The maximum and how it was found. */
    public record Result(double[] values, double logLikelihood, List<Estimate> estimates, int starts,
                         int startsAgreeing, boolean converged, int evaluations) {
    }

    private final List<FreeParameter> parameters;
    private final ToDoubleFunction<double[]> logLikelihood;
    private final double hessianStep;
    /** Independent draw sets of a simulated likelihood (b → ln L with the b-th set), or null when it is exact. */
    private final IntFunction<ToDoubleFunction<double[]>> redraws;
    private final int redrawSets;
    private int evaluations;
    /** Whether BOBYQA gave up (trust region failed to reduce its model) in the current start. */
    private boolean stalled;

    /**
     * @param hessianStep step of the numerical Hessian as a fraction of each range (1e-4 for an exact
     *                    likelihood; larger for a simulated one, whose draws make it piecewise smooth)
     */
    public Estimator(List<FreeParameter> parameters, ToDoubleFunction<double[]> logLikelihood, double hessianStep) {
        this(parameters, logLikelihood, hessianStep, null, 0);
    }

    /**
     * An estimator of a simulated likelihood, whose standard errors add the simulation's variance:
     * the estimate moves with the draws by about H⁻¹ ∇ln L_S(θ̂), so its covariance is
     * H⁻¹ + H⁻¹ V H⁻¹ with V the covariance of the simulated score ∇ln L_S(θ̂) over {@code sets}
     * independent draw sets (central differences with the Hessian's step).
     *
     * @param redraws b → the log-likelihood simulated with the b-th independent draw set, b in [0, sets)
     * @param sets    number of draw sets (≥ 2)
     */
    public Estimator(List<FreeParameter> parameters, ToDoubleFunction<double[]> logLikelihood, double hessianStep,
                     IntFunction<ToDoubleFunction<double[]>> redraws, int sets) {
        this.parameters = parameters;
        this.logLikelihood = logLikelihood;
        this.hessianStep = hessianStep;
        this.redraws = redraws;
        this.redrawSets = sets;
    }

    /** Maximises from {@code starts} starts (the first at the parameters' start values) with a seeded generator. */
    public Result fit(int starts, long seed) {
        int k = parameters.size();
        MersenneTwisterAdapter random = new MersenneTwisterAdapter(MersenneTwisterAdapter.generator(seed));
        List<double[]> from = new ArrayList<>();
        double[] first = new double[k];
        for (int j = 0; j < k; j++) {
            FreeParameter p = parameters.get(j);
            first[j] = (p.start() - p.min()) / p.width();
        }
        from.add(first);
        for (int s = 1; s < starts; s++) {
            double[] u = new double[k];
            for (int j = 0; j < k; j++) {
                u[j] = random.nextDouble();
            }
            from.add(u);
        }
        double[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        List<Double> values = new ArrayList<>();
        boolean converged = true;
        for (double[] u0 : from) {
            double[] u;
            stalled = false;
            try {
                u = maximise(u0, null, -1);
            } catch (TooManyEvaluationsException e) {
                converged = false;
                continue;
            }
            converged &= !stalled;
            double v = logLikelihood.applyAsDouble(toValues(u));
            values.add(v);
            if (best == null || v > bestValue) {
                best = u;
                bestValue = v;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no start converged within the evaluation limit");
        }
        int agreeing = 0;
        for (double v : values) {
            agreeing += Math.abs(v - bestValue) < 1e-3 ? 1 : 0;
        }
        double[] theta = toValues(best);
        return new Result(theta, bestValue, estimates(theta, bestValue), starts, agreeing, converged, evaluations);
    }

    /** Maximises over [0, 1]^k from u0; with {@code fixed >= 0} that coordinate stays at {@code u0[fixed]}. */
    private double[] maximise(double[] u0, double[] ignored, int fixed) {
        int k = u0.length;
        int[] free = new int[fixed >= 0 ? k - 1 : k];
        for (int j = 0, f = 0; j < k; j++) {
            if (j != fixed) {
                free[f++] = j;
            }
        }
        double[] u = u0.clone();
        if (free.length == 0) {
            return u;
        }
        if (free.length == 1) {
            int j = free[0];
            UnivariateFunction f = x -> {
                u[j] = x;
                return objective(u);
            };
            // a coarse scan for the basin, then Brent's method inside it
            double bestX = u0[j];
            double bestF = f.value(bestX);
            for (int g = 0; g <= 20; g++) {
                double fx = f.value(g / 20.0);
                if (fx < bestF) {
                    bestF = fx;
                    bestX = g / 20.0;
                }
            }
            double lo = Math.max(0.0, bestX - 0.05);
            double hi = Math.min(1.0, bestX + 0.05);
            UnivariatePointValuePair p = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(500),
                    new UnivariateObjectiveFunction(f), GoalType.MINIMIZE, new SearchInterval(lo, hi, bestX));
            u[j] = p.getValue() < bestF ? p.getPoint() : bestX;
            return u;
        }
        double[] x0 = new double[free.length];
        double[] lower = new double[free.length];
        double[] upper = new double[free.length];
        for (int f = 0; f < free.length; f++) {
            x0[f] = Math.min(1.0, Math.max(0.0, u0[free[f]]));
            upper[f] = 1.0;
        }
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * free.length + 1, 0.2, 1e-7);
        double[] bestSeen = x0.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        double[] point;
        try {
            point = optimizer.optimize(new MaxEval(3000), GoalType.MINIMIZE, new InitialGuess(x0),
                    new SimpleBounds(lower, upper), new ObjectiveFunction(x -> {
                        double[] w = u.clone();
                        for (int f = 0; f < free.length; f++) {
                            w[free[f]] = x[f];
                        }
                        double v = objective(w);
                        if (v < bestValue[0]) {
                            bestValue[0] = v;
                            System.arraycopy(x, 0, bestSeen, 0, x.length);
                        }
                        return v;
                    })).getPoint();
        } catch (MathIllegalStateException e) {
            // BOBYQA gives up where the surface is flat to its precision (a record the model fits
            // perfectly, a likelihood that keeps rising toward a bound): keep the best point it saw
            stalled = true;
            point = bestSeen;
        }
        for (int f = 0; f < free.length; f++) {
            u[free[f]] = Math.min(1.0, Math.max(0.0, point[f]));
        }
        return u;
    }

    private double objective(double[] u) {
        double v = logLikelihood.applyAsDouble(toValues(u));
        evaluations++;
        return Double.isFinite(v) ? -v : IMPOSSIBLE;
    }

    private double[] toValues(double[] u) {
        double[] x = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            FreeParameter p = parameters.get(j);
            x[j] = p.min() + Math.min(1.0, Math.max(0.0, u[j])) * p.width();
        }
        return x;
    }

    private List<Estimate> estimates(double[] theta, double max) {
        int k = theta.length;
        String[] bound = new String[k];
        List<Integer> interior = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            FreeParameter p = parameters.get(j);
            double tol = 1e-6 * p.width();
            bound[j] = theta[j] <= p.min() + tol ? "lower" : theta[j] >= p.max() - tol ? "upper" : null;
            if (bound[j] == null) {
                interior.add(j);
            }
        }
        double[] se = new double[k];
        java.util.Arrays.fill(se, Double.NaN);
        boolean singular = interior.isEmpty();
        if (!interior.isEmpty()) {
            RealMatrix info = information(theta, interior);
            try {
                RealMatrix cov = new CholeskyDecomposition(info, 1e-12, 1e-14).getSolver().getInverse();
                if (redraws != null) {
                    cov = cov.add(cov.multiply(scoreCovariance(theta, interior)).multiply(cov));
                }
                for (int a = 0; a < interior.size(); a++) {
                    se[interior.get(a)] = Math.sqrt(cov.getEntry(a, a));
                }
            } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.SingularMatrixException e) {
                singular = true;
            }
        }
        List<Estimate> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            FreeParameter p = parameters.get(j);
            if (bound[j] == null && !singular && Double.isFinite(se[j])) {
                out.add(new Estimate(p.path(), theta[j], se[j], theta[j] - Z95 * se[j], theta[j] + Z95 * se[j], null,
                        "wald"));
            } else {
                double[] ends = profile(theta, max, j);
                out.add(new Estimate(p.path(), theta[j], bound[j] == null && !singular ? se[j] : Double.NaN,
                        ends[0], ends[1], bound[j], singular && bound[j] == null ? "profile (singular Hessian)"
                        : "profile (at the " + bound[j] + " bound)"));
            }
        }
        return out;
    }

    /** −(numerical Hessian) of ln L over the interior parameters, in the parameters' own units. */
    private RealMatrix information(double[] theta, List<Integer> interior) {
        int m = interior.size();
        double[] h = new double[m];
        for (int a = 0; a < m; a++) {
            h[a] = step(theta, interior.get(a));
        }
        double f0 = logLikelihood.applyAsDouble(theta);
        RealMatrix info = new Array2DRowRealMatrix(m, m);
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double v;
                if (a == b) {
                    v = (at(theta, interior, a, h[a], -1, 0) - 2 * f0 + at(theta, interior, a, -h[a], -1, 0)) / (h[a] * h[a]);
                } else {
                    v = (at(theta, interior, a, h[a], b, h[b]) - at(theta, interior, a, h[a], b, -h[b])
                            - at(theta, interior, a, -h[a], b, h[b]) + at(theta, interior, a, -h[a], b, -h[b]))
                            / (4 * h[a] * h[b]);
                }
                info.setEntry(a, b, -v);
                info.setEntry(b, a, -v);
            }
        }
        return info;
    }

    /** The covariance over the independent draw sets of the simulated score at θ̂ (interior parameters). */
    private RealMatrix scoreCovariance(double[] theta, List<Integer> interior) {
        int m = interior.size();
        double[][] g = new double[redrawSets][m];
        double[] mean = new double[m];
        for (int b = 0; b < redrawSets; b++) {
            ToDoubleFunction<double[]> l = redraws.apply(b);
            for (int a = 0; a < m; a++) {
                double h = step(theta, interior.get(a));
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[interior.get(a)] += h;
                down[interior.get(a)] -= h;
                g[b][a] = (l.applyAsDouble(up) - l.applyAsDouble(down)) / (2 * h);
                mean[a] += g[b][a] / redrawSets;
            }
        }
        RealMatrix v = new Array2DRowRealMatrix(m, m);
        for (int a = 0; a < m; a++) {
            for (int c = 0; c < m; c++) {
                double sum = 0;
                for (int b = 0; b < redrawSets; b++) {
                    sum += (g[b][a] - mean[a]) * (g[b][c] - mean[c]);
                }
                v.setEntry(a, c, sum / (redrawSets - 1));
            }
        }
        return v;
    }

    /** The numerical-derivative step of parameter j at θ: the Hessian's fraction of its range, inside the range. */
    private double step(double[] theta, int j) {
        FreeParameter p = parameters.get(j);
        return Math.min(hessianStep * p.width(), Math.min(theta[j] - p.min(), p.max() - theta[j]));
    }

    private double at(double[] theta, List<Integer> interior, int a, double da, int b, double db) {
        double[] x = theta.clone();
        x[interior.get(a)] += da;
        if (b >= 0) {
            x[interior.get(b)] += db;
        }
        return logLikelihood.applyAsDouble(x);
    }

    /** The profile-likelihood 95 % interval of parameter j (a bound where the drop is not reached). */
    private double[] profile(double[] theta, double max, int j) {
        FreeParameter p = parameters.get(j);
        double[] u = new double[theta.length];
        for (int a = 0; a < theta.length; a++) {
            FreeParameter q = parameters.get(a);
            u[a] = (theta[a] - q.min()) / q.width();
        }
        double target = max - PROFILE_DROP;
        UnivariateFunction gap = x -> {
            double[] w = u.clone();
            w[j] = x;
            return -objective(maximise(w, null, j)) - target;
        };
        double uj = u[j];
        double low = gap.value(0.0) >= 0 || uj <= 0.0 ? 0.0 : new BrentSolver(1e-7).solve(200, gap, 0.0, uj);
        double high = gap.value(1.0) >= 0 || uj >= 1.0 ? 1.0 : new BrentSolver(1e-7).solve(200, gap, uj, 1.0);
        return new double[] {p.min() + low * p.width(), p.min() + high * p.width()};
    }
}
