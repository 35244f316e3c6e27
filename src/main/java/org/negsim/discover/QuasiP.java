package org.negsim.discover;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Beta;

/**
 * Quasi-p-values of a box's limits (Bryant &amp; Lempert 2010), as the EMA Workbench computes them: for
 * each restricted limit, drop that one limit (the lower or the upper of a numeric input, the
 * category restriction of a categorical one) and count, among the rows the region's search started
 * from, the rows T_j and cases H_j of the wider box; with T and H those of the box, the quasi-p-value
 * is the one-sided binomial probability P(X ≥ H) for X ~ Binomial(T, H_j / T_j) — how likely the
 * box would be this dense if the limit did nothing. Computed as the regularised incomplete beta
 * function I_p(H, T − H + 1), exact in the tail. Stateless.
 */
final class QuasiP {

    private QuasiP() {
    }

    /** The restrictions of a box with their quasi-p-values, in input order. */
    static List<Limit> limits(Search search, Step step, int[] regionRows) {
        List<Input> inputs = search.inputs();
        boolean[] y = search.interest();
        Box box = step.box();
        Box all = search.all();
        int[] only = Violations.of(box, all, inputs, regionRows);
        List<Limit> limits = new ArrayList<>();
        for (int j = 0; j < inputs.size(); j++) {
            if (!box.restricts(j, all)) {
                continue;
            }
            Input input = inputs.get(j);
            if (input.isNumeric()) {
                int tLow = 0;
                int hLow = 0;
                int tHigh = 0;
                int hHigh = 0;
                for (int i = 0; i < regionRows.length; i++) {
                    if (only[i] == j) {
                        double x = input.value(regionRows[i]);
                        int hit = y[regionRows[i]] ? 1 : 0;
                        if (x < box.low(j)) {
                            tLow++;
                            hLow += hit;
                        } else {
                            tHigh++;
                            hHigh += hit;
                        }
                    }
                }
                double qpLow = box.low(j) != all.low(j) ? p(step, step.rows() + tLow, step.cases() + hLow) : Double.NaN;
                double qpHigh = box.high(j) != all.high(j) ? p(step, step.rows() + tHigh, step.cases() + hHigh) : Double.NaN;
                limits.add(box.limit(inputs, j, qpLow, qpHigh));
            } else {
                int t = 0;
                int h = 0;
                for (int i = 0; i < regionRows.length; i++) {
                    if (only[i] == j) {
                        t++;
                        h += y[regionRows[i]] ? 1 : 0;
                    }
                }
                limits.add(box.limit(inputs, j, p(step, step.rows() + t, step.cases() + h), Double.NaN));
            }
        }
        return limits;
    }

    /** P(X ≥ H) for X ~ Binomial(T, Hj / Tj), H and T the box's cases and rows. */
    static double p(Step box, int tj, int hj) {
        return upperTail(box.rows(), box.cases(), (double) hj / tj);
    }

    /** P(X ≥ h) for X ~ Binomial(n, p). */
    static double upperTail(int n, int h, double p) {
        if (h <= 0 || p >= 1) {
            return 1;
        }
        if (p <= 0 || h > n) {
            return 0;
        }
        return Beta.regularizedBeta(p, h, n - h + 1.0);
    }
}
