package org.negsim.discover;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The limits of a box over the inputs of a {@link Dataset}: per numeric input a closed interval
 * [low, high], per categorical input the set of categories kept. A row is in the box when every
 * numeric value lies within its interval and every category is kept. Immutable.
 */
public final class Box {

    private final double[] low;
    private final double[] high;
    private final BitSet[] kept;

    private Box(double[] low, double[] high, BitSet[] kept) {
        this.low = low;
        this.high = high;
        this.kept = kept;
    }

    /** The box of all the data: each numeric input from its minimum to its maximum, every category. */
    static Box of(List<Input> inputs) {
        int d = inputs.size();
        double[] lo = new double[d];
        double[] hi = new double[d];
        BitSet[] kept = new BitSet[d];
        for (int j = 0; j < d; j++) {
            Input in = inputs.get(j);
            if (in.isNumeric()) {
                lo[j] = in.min();
                hi[j] = in.max();
            } else {
                kept[j] = new BitSet();
                kept[j].set(0, in.categories().size());
            }
        }
        return new Box(lo, hi, kept);
    }

    /** This box with the numeric input {@code j} limited to [lo, hi]. */
    Box withInterval(int j, double lo, double hi) {
        double[] l = low.clone();
        double[] h = high.clone();
        l[j] = lo;
        h[j] = hi;
        return new Box(l, h, kept);
    }

    /** This box with the categories of input {@code j} replaced. */
    Box withKept(int j, BitSet categories) {
        BitSet[] k = kept.clone();
        k[j] = (BitSet) categories.clone();
        return new Box(low, high, k);
    }

    /** The lower limit of numeric input j. */
    public double low(int j) {
        return low[j];
    }

    /** The upper limit of numeric input j. */
    public double high(int j) {
        return high[j];
    }

    /** Whether categorical input j keeps category code c. */
    public boolean keeps(int j, int c) {
        return kept[j].get(c);
    }

    /** The number of categories categorical input j keeps. */
    public int keptCount(int j) {
        return kept[j].cardinality();
    }

    /** The kept category codes of categorical input j, ascending. */
    BitSet kept(int j) {
        return (BitSet) kept[j].clone();
    }

    /** Whether input j is narrower here than in {@code all} (exact comparison of the limits). */
    public boolean restricts(int j, Box all) {
        return kept[j] != null ? !kept[j].equals(all.kept[j]) : low[j] != all.low[j] || high[j] != all.high[j];
    }

    /** The number of inputs narrower here than in {@code all}. */
    public int restricted(Box all) {
        int n = 0;
        for (int j = 0; j < low.length; j++) {
            if (restricts(j, all)) {
                n++;
            }
        }
        return n;
    }

    /** Whether row {@code row} of the inputs satisfies the limit of input j. */
    boolean admits(Input in, int j, int row) {
        if (kept[j] != null) {
            return kept[j].get(in.code(row));
        }
        double v = in.value(row);
        return low[j] <= v && v <= high[j];
    }

    /** The restrictions of this box relative to {@code all}, in input order, without quasi-p-values. */
    public List<Limit> limits(List<Input> inputs, Box all) {
        List<Limit> limits = new ArrayList<>();
        for (int j = 0; j < low.length; j++) {
            if (restricts(j, all)) {
                limits.add(limit(inputs, j, Double.NaN, Double.NaN));
            }
        }
        return limits;
    }

    /** The limit of input j with the given quasi-p-values. */
    Limit limit(List<Input> inputs, int j, double qpLow, double qpHigh) {
        Input in = inputs.get(j);
        if (in.isNumeric()) {
            return new Limit(in.name(), in.kind(), low[j], high[j], List.of(), qpLow, qpHigh);
        }
        List<String> names = new ArrayList<>();
        for (int c = kept[j].nextSetBit(0); c >= 0; c = kept[j].nextSetBit(c + 1)) {
            names.add(in.categories().get(c));
        }
        return new Limit(in.name(), in.kind(), Double.NaN, Double.NaN, names, qpLow, qpHigh);
    }
}
