/**
 * The result recorders: a run is recorded by a {@link org.negsim.record.RunRecorder} (a
 * {@link org.negsim.engine.RunListener} that formats the run's rows of {@code runs.csv},
 * {@code rounds.csv} and {@code actors.csv} into memory) whose {@link org.negsim.io.RunRows} are
 * then appended, whole, to the {@link org.negsim.record.ResultTables}. A sweep reuses the same
 * pieces: one recorder per run on any thread, appends in run order.
 *
 * <p>Sits above engine, power and io (it knows the model's outcomes and the files' dialect) and
 * below cli and sweep, which compose it.
 */
package org.negsim.record;
