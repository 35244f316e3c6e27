package org.negsim.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.io.OutputExistsException;
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

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into (created if needed).")
    Path out;

    @Option(names = "--overwrite", description = "Replace the three files if they exist.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        JsonObject tree = ScenarioLoader.readTree(scenarioFile);
        TableExport export = new TableExport(tree);
        Path json = out.resolve(scenarioFile.getFileName().toString());
        List<Path> files = List.of(out.resolve(TableExport.ACTORS), out.resolve(TableExport.TIES), json);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new java.nio.file.NotDirectoryException(out.toString());
        }
        if (json.toAbsolutePath().normalize().equals(scenarioFile.toAbsolutePath().normalize())) {
            throw new OutputExistsException(out, "--out " + out + " is the scenario's own folder: the new " + json.getFileName()
                    + " would replace the scenario; give another --out");
        }
        for (Path f : files) {
            if (Files.exists(f) && !overwrite) {
                throw new OutputExistsException(out, f + " exists; pass --overwrite to replace it, or another --out");
            }
        }
        Files.createDirectories(out);
        write(files.get(0), export::writeActors);
        write(files.get(1), export::writeTies);
        write(files.get(2), w -> w.write(export.scenarioJson()));
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

    /** Writes to a temporary file in the folder, then renames it over the final name. */
    private static void write(Path file, Content content) throws IOException, org.negsim.scenario.ScenarioException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.to(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
