package org.negsim.discover;

import java.util.List;

/**
 * One PRIM search (the first, or a later one of covering) and the box chosen on its trajectory.
 *
 * @param trajectory  its boxes: index 0 the start box (all the rows it started from), then one per
 *                    accepted peel, then one per accepted paste
 * @param chosen      the index of the chosen box on the trajectory
 * @param limits      the chosen box's restrictions in input order, with their quasi-p-values
 * @param startRows   rows the search started from
 * @param startCases  cases of interest among them
 */
public record Region(List<Step> trajectory, int chosen, List<Limit> limits, int startRows, int startCases) {

    /** Copies the lists. */
    public Region {
        trajectory = List.copyOf(trajectory);
        limits = List.copyOf(limits);
    }

    /** The chosen box. */
    public Step chosenStep() {
        return trajectory.get(chosen);
    }
}
