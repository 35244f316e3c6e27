package org.negsim.record;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.negsim.model.Scenario;
import org.negsim.io.CsvFile;
import org.negsim.io.RunId;
import org.negsim.io.RunRows;

/**
 * The CSV tables of one results folder: {@code runs.csv} always, {@code rounds.csv} and
 * {@code actors.csv} when recorded. Each run's rows are appended as one block per table, so the
 * tables never hold part of a run except after a crash in the middle of an append; and
 * {@code runs.csv} is written last, so a run it lists is complete everywhere.
 *
 * <pre>{@code
 * try (ResultTables tables = ResultTables.create(dir, scenario, paths, true, true)) {
 *     RunRecorder recorder = tables.recorder(RunId.single(seed), values);
 *     Negotiation.run(scenario, seed, recorder);
 *     tables.append(recorder.rows());
 * }
 * }</pre>
 *
 * <p>{@link #recorder} may be called from any thread; {@link #append} is synchronised, and the
 * caller decides the order of the rows (a sweep appends in run order).
 */
public final class ResultTables implements Closeable {

    private final Scenario scenario;
    private final RunsTable runsTable;
    private final RoundsTable roundsTable;
    private final ActorsTable actorsTable;
    private final CsvFile runs;
    private final CsvFile rounds;
    private final CsvFile actors;

    private ResultTables(Scenario scenario, RunsTable runsTable, RoundsTable roundsTable, ActorsTable actorsTable,
                         CsvFile runs, CsvFile rounds, CsvFile actors) {
        this.scenario = scenario;
        this.runsTable = runsTable;
        this.roundsTable = roundsTable;
        this.actorsTable = actorsTable;
        this.runs = runs;
        this.rounds = rounds;
        this.actors = actors;
    }

    /**
     * Creates the tables with their header rows in {@code dir} (which must exist; the files must not).
     *
     * @param parameterPaths the varied or {@code --set} paths, one column each after {@code seed}
     * @param recordRounds   whether to write {@code rounds.csv}
     * @param recordActors   whether to write {@code actors.csv}
     */
    public static ResultTables create(Path dir, Scenario scenario, List<String> parameterPaths,
                                      boolean recordRounds, boolean recordActors) throws IOException {
        return open(dir, scenario, parameterPaths, recordRounds, recordActors, CsvFile::create);
    }

    /**
     * Opens existing tables to append after their last record (resuming a sweep); the caller has
     * truncated them to whole runs. The tables must have been created with the same layout.
     */
    public static ResultTables openForAppend(Path dir, Scenario scenario, List<String> parameterPaths,
                                             boolean recordRounds, boolean recordActors) throws IOException {
        return open(dir, scenario, parameterPaths, recordRounds, recordActors,
                (path, header) -> CsvFile.openForAppend(path));
    }

    /** How a table's file is obtained from its path and header. */
    @FunctionalInterface
    private interface Opener {
        CsvFile open(Path path, List<String> header) throws IOException;
    }

    private static ResultTables open(Path dir, Scenario scenario, List<String> parameterPaths, boolean recordRounds,
                                     boolean recordActors, Opener opener) throws IOException {
        RunsTable runsTable = new RunsTable(scenario, parameterPaths);
        RoundsTable roundsTable = recordRounds ? new RoundsTable(scenario) : null;
        ActorsTable actorsTable = recordActors ? new ActorsTable(scenario) : null;
        CsvFile runs = null;
        CsvFile rounds = null;
        try {
            runs = opener.open(dir.resolve(RunsTable.FILE_NAME), runsTable.header());
            rounds = recordRounds ? opener.open(dir.resolve(RoundsTable.FILE_NAME), roundsTable.header()) : null;
            CsvFile actors = recordActors
                    ? opener.open(dir.resolve(ActorsTable.FILE_NAME), actorsTable.header()) : null;
            return new ResultTables(scenario, runsTable, roundsTable, actorsTable, runs, rounds, actors);
        } catch (IOException | RuntimeException e) {
            closeQuietly(runs, e);
            closeQuietly(rounds, e);
            throw e;
        }
    }

    /** The layout of {@code runs.csv}. */
    public RunsTable runsTable() {
        return runsTable;
    }

    /** A fresh recorder for one run of the tables' scenario; {@code values} holds one cell per parameter path. */
    public RunRecorder recorder(RunId id, List<String> values) {
        return new RunRecorder(runsTable, roundsTable, actorsTable, id, values, scenario);
    }

    /** A fresh recorder for one run of {@code runScenario} (a sweep's design point of the tables' scenario). */
    public RunRecorder recorder(RunId id, List<String> values, Scenario runScenario) {
        return new RunRecorder(runsTable, roundsTable, actorsTable, id, values, runScenario);
    }

    /**
     * Appends one run's rows to every recorded table: {@code rounds.csv} and {@code actors.csv}
     * first, {@code runs.csv} last, so that a run listed in {@code runs.csv} is complete in every
     * table (a resumed sweep can drop the other tables' rows of runs missing from {@code runs.csv}).
     */
    public synchronized void append(RunRows rows) throws IOException {
        if (rounds != null) {
            rounds.append(rows.rounds());
        }
        if (actors != null) {
            actors.append(rows.actors());
        }
        runs.append(rows.runs());
    }

    @Override
    public synchronized void close() throws IOException {
        IOException first = null;
        for (CsvFile f : new CsvFile[] {runs, rounds, actors}) {
            if (f == null) {
                continue;
            }
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeQuietly(CsvFile f, Exception cause) {
        if (f == null) {
            return;
        }
        try {
            f.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
