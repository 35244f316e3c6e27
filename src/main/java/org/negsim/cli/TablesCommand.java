package org.negsim.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.io.OutputExistsException;
import org.negsim.io.ResultsFolder;
import org.negsim.scenario.ScenarioLoader;
import org.negsim.scenario.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code negsim tables}: writes a scenario as {@code actors.csv}, {@code ties.csv} and a small JSON
 * that names them (same file name as the scenario), which runs to the same results.
 */
@Command(name = "tables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Write a scenario as actors.csv, ties.csv and a small JSON that uses them,",
            "to edit in a spreadsheet; the new scenario runs to the same results."})
final class TablesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write (created; an existing one only with --overwrite).")
    Path out;

    @Option(names = "--overwrite", description = "Replace a folder negsim wrote before.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        JsonObject tree = ScenarioLoader.readTree(scenarioFile);
        TableExport export = new TableExport(tree);
        String jsonName = scenarioFile.getFileName().toString();
        Path json = out.resolve(jsonName);
        if (json.toAbsolutePath().normalize().equals(scenarioFile.toAbsolutePath().normalize())) {
            throw new OutputExistsException(out, "--out " + out + " is the scenario's own folder: the new " + json.getFileName()
                    + " would replace the scenario; give another --out");
        }
        List<Path> files = List.of(out.resolve(TableExport.ACTORS), out.resolve(TableExport.TIES), json);
        // the folder as a whole, like every output: complete or absent, locked, never another's files
        try (ResultsFolder folder = ResultsFolder.prepare(out, overwrite)) {
            Path dir = folder.staging();
            write(dir.resolve(TableExport.ACTORS), export::writeActors);
            write(dir.resolve(TableExport.TIES), export::writeTies);
            write(dir.resolve(jsonName), w -> w.write(export.scenarioJson()));
            folder.commit();
        }
        if (!quiet) {
            var o = spec.commandLine().getOut();
            o.println("wrote " + files.get(0) + ", " + files.get(1) + " and " + json);
            o.flush();
        }
        return ExitCodes.OK;
    }

    private interface Content {
        void to(Writer w) throws IOException, org.negsim.scenario.ScenarioException;
    }

    /** Writes one file of the staging folder. */
    private static void write(Path file, Content content) throws IOException, org.negsim.scenario.ScenarioException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.to(w);
        }
    }
}
