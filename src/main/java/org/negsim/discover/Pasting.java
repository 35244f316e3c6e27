package org.negsim.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pasting phase of one PRIM search, as in the EMA Workbench: after peeling, each step considers,
 * for every restricted input in the search order, widening its lower then its upper limit (a
 * numeric input) or adding back each category left out (a categorical input), and takes the
 * candidate with the highest {@link Objective#lenient1 objective} (ties: the fewest restricted
 * inputs, then the first). It stops unless that candidate grows the box, keeps the minimum mass, has
 * a positive objective and raises the mean.
 *
 * <p>A numeric limit is widened to the EMA quantile of the values of the candidate rows — the rows
 * of the region that break only this input's limit on this side, and the box's rows on the limit —
 * at 1 − α (lower limit) or α (upper limit); an integer input's new limit is truncated toward zero.
 * Every restricted input is considered (the EMA Workbench, by an accident of its loop, skips the
 * integer and categorical ones when no real input is restricted). Stateless.
 */
final class Pasting {

    private Pasting() {
    }

    /** The pasting steps after the peeled box {@code last}; possibly none. */
    static List<Step> run(Search search, Step last, int[] regionRows) {
        List<Step> steps = new ArrayList<>();
        Box box = last.box();
        int m = last.rows();
        int k = last.cases();
        while (true) {
            Candidate best = best(search, box, m, k, regionRows);
            if (best == null) {
                return steps;
            }
            double massNew = (double) best.rows / search.rows();
            double massOld = (double) m / search.rows();
            double meanNew = (double) best.cases / best.rows;
            double meanOld = (double) k / m;
            if (!(massNew >= search.settings().minMass() && massNew > massOld && best.objective > 0
                    && meanNew > meanOld)) {
                return steps;
            }
            box = best.box;
            m = best.rows;
            k = best.cases;
            steps.add(search.step(box, m, k, true));
        }
    }

    private static Candidate best(Search search, Box box, int m, int k, int[] regionRows) {
        List<Input> inputs = search.inputs();
        boolean[] y = search.interest();
        Box all = search.all();
        int[] only = Violations.of(box, all, inputs, regionRows);
        Candidate best = null;
        for (int j : search.searchOrder()) {
            if (!box.restricts(j, all)) {
                continue;
            }
            Input input = inputs.get(j);
            List<Candidate> candidates = new ArrayList<>();
            if (input.isNumeric()) {
                candidates.add(numeric(search, box, m, k, regionRows, only, j, true));
                candidates.add(numeric(search, box, m, k, regionRows, only, j, false));
            } else {
                int c = input.categories().size();
                int[] n = new int[c];
                int[] h = new int[c];
                for (int i = 0; i < regionRows.length; i++) {
                    if (only[i] == j) {
                        int code = input.code(regionRows[i]);
                        n[code]++;
                        h[code] += y[regionRows[i]] ? 1 : 0;
                    }
                }
                for (int code = 0; code < c; code++) {
                    if (!box.keeps(j, code)) {
                        java.util.BitSet more = box.kept(j);
                        more.set(code);
                        Box b = box.withKept(j, more);
                        candidates.add(new Candidate(b, m + n[code], k + h[code],
                                Objective.lenient1(m, k, m + n[code], k + h[code]), b.restricted(all), j,
                                Candidate.Cut.CATEGORY, code));
                    }
                }
            }
            for (Candidate c : candidates) {
                if (c.beats(best)) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static Candidate numeric(Search search, Box box, int m, int k, int[] regionRows, int[] only, int j,
                                     boolean lower) {
        Input input = search.inputs().get(j);
        boolean[] y = search.interest();
        double lo = box.low(j);
        double hi = box.high(j);
        double[] data = new double[16];
        int n = 0;
        for (int i = 0; i < regionRows.length; i++) {
            double x = input.value(regionRows[i]);
            boolean candidate = lower
                    ? (only[i] == j && x < lo) || (only[i] == Violations.IN && x == lo)
                    : (only[i] == j && x > hi) || (only[i] == Violations.IN && x == hi);
            if (candidate) {
                if (n == data.length) {
                    data = Arrays.copyOf(data, n * 2);
                }
                data[n++] = x;
            }
        }
        double alpha = search.settings().pasteAlpha();
        double value;
        if (n == 0) {
            value = lower ? search.all().low(j) : search.all().high(j);
        } else {
            Arrays.sort(data, 0, n);
            double[] sorted = data;
            value = EmaQuantile.of(i -> sorted[i], n, lower ? 1 - alpha : alpha);
        }
        if (input.kind() == Input.Kind.INTEGER) {
            value = EmaQuantile.truncate(value);
        }
        int added = 0;
        int hits = 0;
        for (int i = 0; i < regionRows.length; i++) {
            if (only[i] == j) {
                double x = input.value(regionRows[i]);
                if (lower ? value <= x && x < lo : hi < x && x <= value) {
                    added++;
                    hits += y[regionRows[i]] ? 1 : 0;
                }
            }
        }
        Box b = lower ? box.withInterval(j, value, hi) : box.withInterval(j, lo, value);
        return new Candidate(b, m + added, k + hits, Objective.lenient1(m, k, m + added, k + hits),
                b.restricted(search.all()), j, lower ? Candidate.Cut.LOWER : Candidate.Cut.UPPER, added);
    }
}
