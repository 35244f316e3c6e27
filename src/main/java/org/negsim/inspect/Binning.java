package org.negsim.inspect;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Equal-width bins over the range {@code [min, max]} of a continuous parameter (a {@code min..max}
 * range of a random, lhs or sobol design): bin i covers [min + i·w, min + (i+1)·w) with
 * w = (max − min)/bins; the last bin also holds max. Values outside the range go to the nearest
 * end bin. Immutable.
 *
 * @param min  the range's lower end
 * @param max  the range's upper end, &gt; min
 * @param bins the number of bins, ≥ 1
 */
public record Binning(double min, double max, int bins) {

    /** Checks the range and the number of bins. */
    public Binning {
        if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("need finite min < max, was " + min + ".." + max);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("need at least one bin, was " + bins);
        }
    }

    /**
     * The bins of a {@code min..max} spec (as the manifest writes a sampled parameter), or null for
     * any other spec ({@code a,b,c}, {@code from:to:step}) or a range that is not min &lt; max.
     */
    public static Binning ofRange(String spec, int bins) {
        int at = spec.indexOf("..");
        if (at < 0) {
            return null;
        }
        double min = parse(spec.substring(0, at).trim());
        double max = parse(spec.substring(at + 2).trim());
        return Double.isNaN(min) || Double.isNaN(max) || !(min < max) || Double.isInfinite(max - min)
                ? null : new Binning(min, max, bins);
    }

    /** The width of a bin. */
    public double width() {
        return (max - min) / bins;
    }

    /** The bin of a value, in [0, bins). */
    public int index(double x) {
        int i = (int) Math.floor((x - min) / width());
        return Math.max(0, Math.min(bins - 1, i));
    }

    /** The lower end of bin i. */
    public double lower(int i) {
        return min + i * width();
    }

    /** The upper end of bin i ({@code max} for the last bin, exactly). */
    public double upper(int i) {
        return i == bins - 1 ? max : min + (i + 1) * width();
    }

    /** The centre of bin i, where the chart draws its rate. */
    public double centre(int i) {
        return (lower(i) + upper(i)) / 2;
    }

    /** The bin as an interval for people: {@code [0.1, 0.2)}, the last one closed: {@code [0.9, 1]}. */
    public String label(int i) {
        return "[" + plain(lower(i)) + ", " + plain(upper(i)) + (i == bins - 1 ? "]" : ")");
    }

    /** A number to 4 decimals without trailing zeros, e.g. {@code 0.05}, {@code 1}. */
    static String plain(double x) {
        BigDecimal d = new BigDecimal(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
