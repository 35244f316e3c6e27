package org.negsim.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.negsim.inspect.ResultsManifest;
import org.negsim.io.RunsReader;
import org.negsim.record.RunsTable;

/**
 * Reads the rows of one stage of a results folder's {@code runs.csv} (of {@code negsim sweep}, a
 * merged sweep or {@code negsim run}) through {@link RunsReader}, in one streaming pass.
 *
 * <p><b>Stage.</b> The stages are the distinct {@code stage} values of run 0's rows, in order; the
 * default is the last, as in {@code negsim inspect}. <b>Inputs.</b> By default the sweep's varied
 * parameters ({@code design.vary} of the manifest) in the order of the runs.csv columns; any other
 * column may be named. <b>Outcome.</b> {@code success} (empty, so not of interest, when the stage did
 * not run) or any column, e.g. a {@code measure_<id>}. An interrupted sweep's torn last line is
 * dropped. Stateless.
 */
public final class ResultsSource {

    /**
     * The rows read.
     *
     * @param data     the table
     * @param stage    the stage whose rows were read
     * @param stages   the scenario's stages, in order
     * @param manifest the folder's manifest
     */
    public record Read(Dataset data, String stage, List<String> stages, ResultsManifest manifest) {
    }

    private ResultsSource() {
    }

    /**
     * Reads a results folder.
     *
     * @param folder  the folder (with {@code manifest.json} and {@code runs.csv})
     * @param inputs  the input columns, or null for the varied parameters
     * @param outcome the outcome column
     * @param where   which outcome cells are cases of interest
     * @param stage   the stage id, or null for the last stage
     * @throws NoSuchFileException if the folder, the manifest or runs.csv is missing
     * @throws org.negsim.io.MalformedResultsException if a file is not as negsim writes it
     * @throws DiscoverException if the stage or a column is unknown, nothing was varied and no inputs
     *                           were named, or a cell is not of its column's kind
     */
    public static Read read(Path folder, List<String> inputs, String outcome, Where where, String stage)
            throws IOException, DiscoverException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        ResultsManifest manifest = ResultsManifest.read(folder);
        Path file = folder.resolve(RunsTable.FILE_NAME);
        List<String> stages = stages(file, !manifest.complete());
        String chosen = stage != null ? stage : stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (chosen == null) {
            throw new DiscoverException(file + ": no rows below the header");
        }
        if (!stages.contains(chosen)) {
            throw new DiscoverException("--stage " + chosen + ": no such stage; the stages are: "
                    + String.join(", ", stages));
        }
        try (RunsReader reader = RunsReader.open(file, !manifest.complete())) {
            List<String> in = inputs;
            if (in == null) {
                in = new ArrayList<>();
                for (String p : reader.parameterColumns()) {
                    if (manifest.varied().contains(p)) {
                        in.add(p);
                    }
                }
                if (in.isEmpty()) {
                    throw new DiscoverException(folder + ": nothing was varied (a run or a sweep without --vary); "
                            + "name the inputs with --inputs COL,...");
                }
            }
            ColumnCollector collector = new ColumnCollector(file.toString(), reader.header(), in, outcome, where);
            int stageColumn = reader.column("stage");
            for (RunsReader.Row row = reader.next(); row != null; row = reader.next()) {
                if (row.cell(stageColumn).equals(chosen)) {
                    collector.add(row::cell, row.line());
                }
            }
            return new Read(collector.finish(), chosen, stages, manifest);
        }
    }

    /** The distinct stages of the first run's rows, in order. */
    private static List<String> stages(Path file, boolean torn) throws IOException {
        List<String> stages = new ArrayList<>();
        try (RunsReader reader = RunsReader.open(file, torn)) {
            RunsReader.Row row = reader.next();
            if (row == null) {
                return stages;
            }
            long run0 = row.run();
            for (; row != null && row.run() == run0; row = reader.next()) {
                if (!stages.contains(row.stage())) {
                    stages.add(row.stage());
                }
            }
        }
        return stages;
    }
}
