package org.negsim.discover;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The peeling phase of one PRIM search, as in the EMA Workbench: from the box of all the region's
 * rows, each step considers, for every input in the search order (real inputs, then integer, then
 * categorical, each in input order), peeling its upper face then its lower face (a numeric input) or
 * removing each kept category (a categorical input with at least two), and takes the candidate with
 * the highest {@link Objective#lenient1 objective} (ties: the fewest restricted inputs, then the
 * first). It stops when that candidate's mass would fall below the minimum, would not shrink, or its
 * objective is not positive.
 *
 * <p>For speed the box's rows are kept, per numeric input, sorted by value (ties by row), so that a
 * quantile is an index and a peel removes a prefix or a suffix; the lists are compacted after each
 * peel. Not thread-safe; used once.
 */
final class Peeling {

    private final List<Input> inputs;
    private final boolean[] y;
    private final Search search;
    private final boolean[] in;
    private final int[][] sorted;
    private final int[][] count;
    private final int[][] hits;
    private int[] rows;
    private int m;
    private int k;
    private Box box;

    /**
     * @param search     the search's fixed parts
     * @param regionRows the rows the search starts from, ascending
     * @param inRegion   per row whether it is one of them
     */
    Peeling(Search search, int[] regionRows, boolean[] inRegion) {
        this.search = search;
        this.inputs = search.inputs();
        this.y = search.interest();
        int d = inputs.size();
        this.in = inRegion.clone();
        this.rows = regionRows.clone();
        this.m = rows.length;
        for (int r : rows) {
            if (y[r]) {
                k++;
            }
        }
        sorted = new int[d][];
        count = new int[d][];
        hits = new int[d][];
        for (int j = 0; j < d; j++) {
            Input input = inputs.get(j);
            if (input.isNumeric()) {
                int[] all = search.order(j);
                int[] s = new int[m];
                int n = 0;
                for (int r : all) {
                    if (in[r]) {
                        s[n++] = r;
                    }
                }
                sorted[j] = s;
            } else {
                int c = input.categories().size();
                count[j] = new int[c];
                hits[j] = new int[c];
                for (int r : rows) {
                    count[j][input.code(r)]++;
                    if (y[r]) {
                        hits[j][input.code(r)]++;
                    }
                }
            }
        }
        box = search.all();
    }

    /** Peels until it stops and returns the trajectory: the start box, then one step per peel. */
    List<Step> run() {
        List<Step> steps = new ArrayList<>();
        steps.add(search.step(box, m, k, false));
        for (Candidate c = best(); c != null && accepted(c); c = best()) {
            apply(c);
            steps.add(search.step(box, m, k, false));
        }
        return steps;
    }

    private boolean accepted(Candidate c) {
        double massNew = (double) c.rows / search.rows();
        double massOld = (double) m / search.rows();
        return massNew >= search.settings().minMass() && massNew < massOld && c.objective > 0;
    }

    private Candidate best() {
        Candidate best = null;
        for (int j : search.searchOrder()) {
            Input input = inputs.get(j);
            if (input.isNumeric()) {
                for (Candidate c : numeric(j, input)) {
                    if (c.beats(best)) {
                        best = c;
                    }
                }
            } else if (box.keptCount(j) > 1) {
                BitSet kept = box.kept(j);
                for (int c = kept.nextSetBit(0); c >= 0; c = kept.nextSetBit(c + 1)) {
                    BitSet less = (BitSet) kept.clone();
                    less.clear(c);
                    Candidate cand = candidate(box.withKept(j, less), m - count[j][c], k - hits[j][c], j,
                            Candidate.Cut.CATEGORY, c);
                    if (cand.beats(best)) {
                        best = cand;
                    }
                }
            }
        }
        return best;
    }

    /** The upper then the lower peel of a numeric input. */
    private Candidate[] numeric(int j, Input input) {
        int[] s = sorted[j];
        double[] x = input.valuesArray();
        double alpha = search.settings().peelAlpha();
        boolean integer = input.kind() == Input.Kind.INTEGER;
        double qUp = EmaQuantile.of(i -> x[s[i]], m, 1 - alpha);
        double qLow = EmaQuantile.of(i -> x[s[i]], m, alpha);
        // upper face: remove the suffix of values above the cut
        int r = 0;
        int h = 0;
        double cutUp;
        double limitUp;
        if (integer) {
            cutUp = EmaQuantile.truncate(qUp);
            boolean atLimit = cutUp == box.high(j);
            while (r < m && (atLimit ? x[s[m - 1 - r]] >= box.high(j) : x[s[m - 1 - r]] > cutUp)) {
                h += y[s[m - 1 - r]] ? 1 : 0;
                r++;
            }
            limitUp = r < m ? x[s[m - 1 - r]] : x[s[m - 1]];
        } else {
            while (r < m && x[s[m - 1 - r]] > qUp) {
                h += y[s[m - 1 - r]] ? 1 : 0;
                r++;
            }
            limitUp = qUp;
        }
        Candidate upper = candidate(box.withInterval(j, box.low(j), limitUp), m - r, k - h, j, Candidate.Cut.UPPER, r);
        // lower face: remove the prefix of values below the cut
        r = 0;
        h = 0;
        double limitLow;
        if (integer) {
            double cut = EmaQuantile.truncate(qLow);
            boolean atLimit = cut == box.low(j);
            while (r < m && (atLimit ? x[s[r]] <= box.low(j) : x[s[r]] < cut)) {
                h += y[s[r]] ? 1 : 0;
                r++;
            }
            limitLow = r < m ? x[s[r]] : x[s[0]];
        } else {
            while (r < m && x[s[r]] < qLow) {
                h += y[s[r]] ? 1 : 0;
                r++;
            }
            limitLow = qLow;
        }
        Candidate lower = candidate(box.withInterval(j, limitLow, box.high(j)), m - r, k - h, j, Candidate.Cut.LOWER, r);
        return new Candidate[] {upper, lower};
    }

    private Candidate candidate(Box b, int n, int cases, int j, Candidate.Cut cut, int amount) {
        return new Candidate(b, n, cases, Objective.lenient1(m, k, n, cases), b.restricted(search.all()), j, cut, amount);
    }

    private void apply(Candidate c) {
        int j = c.input;
        int removed = 0;
        if (c.cut == Candidate.Cut.CATEGORY) {
            Input input = inputs.get(j);
            for (int i = 0; i < m; i++) {
                if (input.code(rows[i]) == c.amount) {
                    out(rows[i]);
                    removed++;
                }
            }
        } else {
            int[] s = sorted[j];
            int from = c.cut == Candidate.Cut.LOWER ? 0 : m - c.amount;
            for (int i = from; i < from + c.amount; i++) {
                out(s[i]);
            }
            removed = c.amount;
        }
        int left = m - removed;
        rows = compact(rows, left);
        for (int[] s : sorted) {
            if (s != null) {
                compactInPlace(s);
            }
        }
        m = left;
        k = c.cases;
        box = c.box;
    }

    private void out(int row) {
        in[row] = false;
        for (int j = 0; j < inputs.size(); j++) {
            if (count[j] != null) {
                int code = inputs.get(j).code(row);
                count[j][code]--;
                if (y[row]) {
                    hits[j][code]--;
                }
            }
        }
    }

    private int[] compact(int[] list, int left) {
        int[] kept = new int[left];
        int n = 0;
        for (int i = 0; i < m; i++) {
            if (in[list[i]]) {
                kept[n++] = list[i];
            }
        }
        return kept;
    }

    private void compactInPlace(int[] list) {
        int n = 0;
        for (int i = 0; i < m; i++) {
            if (in[list[i]]) {
                list[n++] = list[i];
            }
        }
    }
}
