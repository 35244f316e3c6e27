/**
 * Everything that touches the disk: the CSV tables of a results folder ({@code runs.csv},
 * {@code rounds.csv}, {@code actors.csv}), the {@code manifest.json}, and the results folder
 * itself, which is written to a temporary sibling and renamed into place when complete.
 *
 * <p>A run is recorded by a {@link org.negsim.record.RunRecorder} (a
 * {@link org.negsim.engine.RunListener} that formats the run's rows into memory) whose
 * {@link org.negsim.io.RunRows} are then appended, whole, to the {@link org.negsim.record.ResultTables}.
 * A sweep reuses the same pieces: one recorder per run on any thread, appends in run order.
 */
package org.negsim.io;

import org.negsim.record.ResultTables;
import org.negsim.record.RunRecorder;
