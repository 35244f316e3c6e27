package org.negsim.discover;

/**
 * The EMA Workbench's default objective of a peel or a paste ({@code LENIENT1}): the change of the
 * box's mean (its density) divided by the number of points removed or added,
 * (mean_new − mean_old) / |n_old − n_new|, 0 when the mean does not change; an empty new box has
 * mean 0. Stateless.
 */
final class Objective {

    private Objective() {
    }

    /** The objective of going from a box of {@code nOld} rows, {@code kOld} cases to one of {@code nNew}, {@code kNew}. */
    static double lenient1(int nOld, int kOld, int nNew, int kNew) {
        double meanOld = (double) kOld / nOld;
        double meanNew = nNew > 0 ? (double) kNew / nNew : 0;
        if (meanOld == meanNew) {
            return 0;
        }
        if (nOld == nNew) {
            throw new IllegalStateException("the mean changed but not the number of rows");
        }
        return (meanNew - meanOld) / Math.abs(nOld - nNew);
    }
}
