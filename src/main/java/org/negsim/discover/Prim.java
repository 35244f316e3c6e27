package org.negsim.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM, the patient rule induction method (Friedman &amp; Fisher 1999), as the EMA Workbench runs it
 * for scenario discovery: {@link Peeling peeling} from the box of all the rows, then
 * {@link Pasting pasting}, giving a trajectory of boxes from which one is chosen — the densest with
 * coverage ≥ the threshold (ties: the higher coverage, then the earlier box), or the one asked for.
 * Its restrictions get {@link QuasiP quasi-p-values}.
 *
 * <p><b>Covering.</b> With more than one region, the rows of the chosen box are set aside and the
 * search starts again on the rest (the EMA Workbench's default update); coverage and mass stay
 * relative to all the data, the threshold applies to the coverage of the cases of interest left.
 * Covering stops early when no case of interest is left or the chosen box is the whole region.
 *
 * <p>Deterministic: the same data and settings give the same boxes. Stateless.
 */
public final class Prim {

    private Prim() {
    }

    /**
     * Runs PRIM.
     *
     * @throws DiscoverException if the data have no row, no case of interest, or nothing but cases of
     *                           interest, or {@code settings.box()} is not on the trajectory
     */
    public static Discovery run(Dataset data, PrimSettings settings) throws DiscoverException {
        int n = data.rows();
        int cases = data.cases();
        if (n == 0) {
            throw new DiscoverException("no rows to search");
        }
        if (cases == 0) {
            throw new DiscoverException("no case of interest: " + data.outcome() + " holds in none of the " + n
                    + " rows");
        }
        if (cases == n) {
            throw new DiscoverException("the outcome is constant: " + data.outcome() + " holds in all " + n
                    + " rows, so there is nothing to tell apart");
        }
        Search search = new Search(data, settings);
        boolean[] inRegion = new boolean[n];
        Arrays.fill(inRegion, true);
        int[] regionRows = new int[n];
        for (int r = 0; r < n; r++) {
            regionRows[r] = r;
        }
        List<Region> regions = new ArrayList<>();
        boolean[] y = data.interest();
        while (regions.size() < settings.regions()) {
            int startCases = 0;
            for (int r : regionRows) {
                startCases += y[r] ? 1 : 0;
            }
            if (startCases == 0) {
                break;
            }
            List<Step> steps = new Peeling(search, regionRows, inRegion).run();
            steps.addAll(Pasting.run(search, steps.get(steps.size() - 1), regionRows));
            int chosen;
            if (regions.isEmpty() && settings.box() >= 0) {
                chosen = settings.box();
                if (chosen >= steps.size()) {
                    throw new DiscoverException("--box " + chosen + ": the trajectory has boxes 0 to " + (steps.size() - 1));
                }
            } else {
                chosen = choose(steps, startCases, settings.threshold());
            }
            Step step = steps.get(chosen);
            regions.add(new Region(steps, chosen, QuasiP.limits(search, step, regionRows), regionRows.length, startCases));
            if (chosen == 0 || startCases == step.cases()) {
                break;
            }
            List<Integer> left = new ArrayList<>();
            for (int r : regionRows) {
                if (inBox(step.box(), data.inputs(), r)) {
                    inRegion[r] = false;
                } else {
                    left.add(r);
                }
            }
            regionRows = left.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Discovery(settings, data.inputs(), search.all(), n, cases, data.outcome(), regions);
    }

    /** The densest box with coverage of the region's cases ≥ threshold; ties: higher coverage, then earlier. */
    static int choose(List<Step> steps, int startCases, double threshold) {
        int best = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if ((double) s.cases() / startCases < threshold) {
                continue;
            }
            Step b = steps.get(best);
            if (s.density() > b.density() || (s.density() == b.density() && s.cases() > b.cases())) {
                best = i;
            }
        }
        return best;
    }

    private static boolean inBox(Box box, List<Input> inputs, int row) {
        for (int j = 0; j < inputs.size(); j++) {
            if (!box.admits(inputs.get(j), j, row)) {
                return false;
            }
        }
        return true;
    }
}
