package org.negsim.discover;

/**
 * The parameters of a PRIM search, with the EMA Workbench defaults.
 *
 * @param peelAlpha  share of a box's points each peel removes from one face, in (0, 1) (0.05)
 * @param pasteAlpha share of the candidate points each paste adds back on one face, in (0, 1) (0.05)
 * @param minMass    the smallest mass (share of all rows) a box may have, in [0, 1] (0.05)
 * @param threshold  the box chosen is the densest of the trajectory with coverage ≥ this, in (0, 1]
 *                   (0.8); for a later region of covering, coverage of the cases of interest left
 * @param box        the box to choose on the first region's trajectory instead, or −1
 * @param regions    the most regions (boxes) covering looks for, ≥ 1 (1: no covering)
 */
public record PrimSettings(double peelAlpha, double pasteAlpha, double minMass, double threshold, int box,
                           int regions) {

    /** The defaults: 0.05, 0.05, 0.05, 0.8, no fixed box, one region. */
    public static final PrimSettings DEFAULTS = new PrimSettings(0.05, 0.05, 0.05, 0.8, -1, 1);

    /** Checks the ranges. */
    public PrimSettings {
        if (!(peelAlpha > 0 && peelAlpha < 1)) {
            throw new IllegalArgumentException("--peel-alpha must be in (0, 1), was " + peelAlpha);
        }
        if (!(pasteAlpha > 0 && pasteAlpha < 1)) {
            throw new IllegalArgumentException("--paste-alpha must be in (0, 1), was " + pasteAlpha);
        }
        if (!(minMass >= 0 && minMass <= 1)) {
            throw new IllegalArgumentException("--min-mass must be in [0, 1], was " + minMass);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--threshold must be in (0, 1], was " + threshold);
        }
        if (box < -1) {
            throw new IllegalArgumentException("--box must be >= 0, was " + box);
        }
        if (regions < 1) {
            throw new IllegalArgumentException("--regions must be >= 1, was " + regions);
        }
    }
}
