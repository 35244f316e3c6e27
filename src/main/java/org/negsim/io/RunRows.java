package org.negsim.io;

/**
 * The formatted rows of one run, ready to be appended to the tables: blocks of complete records
 * (each ending with a line feed), empty when the table is not recorded. Immutable.
 *
 * @param run    the run number
 * @param runs   the run's {@code runs.csv} rows, one per stage
 * @param rounds the run's {@code rounds.csv} rows, or empty
 * @param actors the run's {@code actors.csv} rows, or empty
 */
public record RunRows(long run, String runs, String rounds, String actors) {
}
