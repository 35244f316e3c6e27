package org.negsim.discover;

import java.util.List;

/**
 * The result of PRIM on a {@link Dataset}: one or more regions, each a trajectory of boxes with one
 * chosen. Immutable.
 *
 * @param settings the search's parameters
 * @param inputs   the inputs searched over
 * @param all      the box of all the data (each numeric input from its minimum to its maximum)
 * @param rows     rows of the data
 * @param cases    cases of interest of the data
 * @param outcome  the outcome's description
 * @param regions  the regions found, in order (at least one)
 */
public record Discovery(PrimSettings settings, List<Input> inputs, Box all, int rows, int cases, String outcome,
                        List<Region> regions) {

    /** Copies the lists. */
    public Discovery {
        inputs = List.copyOf(inputs);
        regions = List.copyOf(regions);
    }

    /** The restrictions of one box of a trajectory (without quasi-p-values), in input order. */
    public List<Limit> limits(Step step) {
        return step.box().limits(inputs, all);
    }
}
