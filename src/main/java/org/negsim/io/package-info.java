/**
 * File machinery, free of the model: the one CSV dialect ({@link org.negsim.io.CsvFormat}), CSV
 * files written and scanned, the {@code manifest.json}, checksums, the lock of a results folder,
 * and the results folder itself, which is written to a temporary sibling and renamed into place
 * when complete. It imports nothing from model, rules, engine or power.
 *
 * <p>What goes into the tables ({@code runs.csv}, {@code rounds.csv}, {@code actors.csv}) is
 * formatted by the recorders of {@code org.negsim.record}, which hand this package whole
 * {@link org.negsim.io.RunRows} to append in run order.
 */
package org.negsim.io;
