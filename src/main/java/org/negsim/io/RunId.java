package org.negsim.io;

/**
 * The identity of one run, written at the start of its {@code runs.csv} rows.
 *
 * @param run       run number, ≥ 0: {@code point × replications + replicate}
 * @param point     design point, ≥ 0
 * @param replicate replicate at that point, ≥ 0
 * @param seed      the run's seed ({@code Seeds.forRun(master, point, replicate)} unless given)
 */
public record RunId(long run, long point, long replicate, long seed) {

    /** The identity of a single {@code negsim run}: run 0, point 0, replicate 0. */
    public static RunId single(long seed) {
        return new RunId(0, 0, 0, seed);
    }
}
