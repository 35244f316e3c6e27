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

    /** The rows sorted by value, ties by row: the values are ranked, then (rank, row) pairs sorted as longs. */
    static int[] sortedRows(double[] x) {
        int n = x.length;
        double[] distinct = x.clone();
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || Double.compare(distinct[i], distinct[d - 1]) != 0) {
                distinct[d++] = distinct[i];
            }
        }
        long[] keys = new long[n];
        for (int r = 0; r < n; r++) {
            long rank = Arrays.binarySearch(distinct, 0, d, x[r]);
            keys[r] = rank << 32 | r;
        }
        Arrays.sort(keys);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = (int) keys[i];
        }
        return rows;
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
