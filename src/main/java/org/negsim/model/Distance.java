package org.negsim.model;

/** The exponent k of the utility U_i(x) = 1 − Σ_d s_id · |x_d − p_id|^k. */
public enum Distance {
    /** k = 1 (scenario value {@code "linear"}, the default). */
    LINEAR,
    /** k = 2 (scenario value {@code "quadratic"}). */
    QUADRATIC;

    /** The distance term |x − p|^k for one issue. */
    public double of(double x, double p) {
        double d = Math.abs(x - p);
        return this == LINEAR ? d : d * d;
    }
}
