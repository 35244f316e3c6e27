package org.negsim.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every region of a PRIM search shares: the data, the box of all the data, the settings, the
 * order in which inputs are tried, and per numeric input all rows sorted by value (ties by row
 * number, so that equal values always come in the same order). Immutable after construction.
 */
final class Search {

    /** Bits per digit of the radix sort of {@link #sortedRows}, and digits. */
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 1 << DIGIT_BITS;

    private final List<Input> inputs;
    private final boolean[] interest;
    private final int cases;
    private final Box all;
    private final PrimSettings settings;
    private final int[] searchOrder;
    private final int[][] orders;

    Search(Dataset data, PrimSettings settings) {
        this.inputs = data.inputs();
        this.interest = data.interest();
        this.cases = data.cases();
        this.all = Box.of(inputs);
        this.settings = settings;
        List<Integer> order = new ArrayList<>();
        for (Input.Kind kind : Input.Kind.values()) {
            for (int j = 0; j < inputs.size(); j++) {
                if (inputs.get(j).kind() == kind) {
                    order.add(j);
                }
            }
        }
        this.searchOrder = order.stream().mapToInt(Integer::intValue).toArray();
        this.orders = new int[inputs.size()][];
        for (int j = 0; j < inputs.size(); j++) {
            if (inputs.get(j).isNumeric()) {
                orders[j] = sortedRows(inputs.get(j).valuesArray());
            }
        }
    }

    /**
     * The rows sorted by value in {@link Double#compare} order (so −0.0 before 0.0), ties by row: each
     * value becomes a 64-bit key whose unsigned order is that order, and the (key, row) pairs, rows
     * ascending, are sorted by a stable least-significant-digit radix sort on 11-bit digits (a pass
     * whose digit is the same for every key is skipped). Six linear passes at most instead of a
     * comparison sort: at 10^6 rows this was most of PRIM's time.
     */
    static int[] sortedRows(double[] x) {
        int n = x.length;
        long[] key = new long[n];
        int[] row = new int[n];
        for (int r = 0; r < n; r++) {
            key[r] = orderedBits(x[r]);
            row[r] = r;
        }
        long[] keyTo = new long[n];
        int[] rowTo = new int[n];
        int[] start = new int[DIGITS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(start, 0);
            for (int i = 0; i < n; i++) {
                start[digit(key[i], shift) + 1]++;
            }
            if (n == 0 || start[digit(key[0], shift) + 1] == n) {
                continue;
            }
            for (int d = 0; d < DIGITS; d++) {
                start[d + 1] += start[d];
            }
            for (int i = 0; i < n; i++) {
                int at = start[digit(key[i], shift)]++;
                keyTo[at] = key[i];
                rowTo[at] = row[i];
            }
            long[] k = key;
            key = keyTo;
            keyTo = k;
            int[] r = row;
            row = rowTo;
            rowTo = r;
        }
        return row;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (DIGITS - 1);
    }

    /**
     * A key whose unsigned order is the {@link Double#compare} order of the values: the bits of a
     * negative value inverted, of a non-negative one with the sign bit set.
     */
    static long orderedBits(double v) {
        long b = Double.doubleToLongBits(v);
        return b < 0 ? ~b : b | Long.MIN_VALUE;
    }

    List<Input> inputs() {
        return inputs;
    }

    boolean[] interest() {
        return interest;
    }

    /** All rows of the data. */
    int rows() {
        return interest.length;
    }

    /** All cases of interest of the data. */
    int cases() {
        return cases;
    }

    Box all() {
        return all;
    }

    PrimSettings settings() {
        return settings;
    }

    /** The input indices in the order candidates are tried: real, then integer, then categorical inputs. */
    int[] searchOrder() {
        return searchOrder;
    }

    /** All rows sorted by the value of numeric input j. */
    int[] order(int j) {
        return orders[j];
    }

    /** A trajectory entry for a box of {@code n} rows and {@code k} cases. */
    Step step(Box box, int n, int k, boolean pasted) {
        return new Step(box, n, k, (double) k / Math.max(cases, 1), (double) k / n, (double) n / rows(),
                box.restricted(all), pasted);
    }
}
