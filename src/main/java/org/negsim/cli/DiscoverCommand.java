package org.negsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.discover.CsvSource;
import org.negsim.discover.Dataset;
import org.negsim.discover.DiscoverException;
import org.negsim.discover.Discovery;
import org.negsim.discover.DiscoveryReport;
import org.negsim.discover.Prim;
import org.negsim.discover.PrimSettings;
import org.negsim.discover.ResultsSource;
import org.negsim.discover.Where;
import org.negsim.inspect.ResultsManifest;
import org.negsim.io.FolderInUseException;
import org.negsim.io.OutputExistsException;
import org.negsim.io.ResultsFolder;
import org.negsim.plot.ChartImages;
import org.negsim.plot.TradeoffChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code negsim discover}: PRIM scenario discovery on a results folder or a CSV — which box of the
 * inputs holds the cases of interest. Prints the trajectory and the chosen box; with {@code --out}
 * writes {@code trajectory.csv}, {@code limits.csv} and {@code tradeoff.png} into a new folder.
 */
@Command(header = "Find where an outcome holds: PRIM boxes over the inputs of a sweep or a CSV.",
        name = "discover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Scenario discovery with PRIM (Friedman & Fisher 1999, as in the EMA Workbench):",
            "peel the box of all runs, one face at a time, towards the cases of interest, paste",
            "back, and print the coverage-density trajectory and the densest box with coverage",
            ">= --threshold, with each restricted input's limits and quasi-p-values."})
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS|FILE.csv",
            description = "A results folder of 'negsim sweep' (or run), or any CSV file with a header line.")
    Path source;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN",
            description = {"The outcome column, e.g. success or a measure_<id>. Without",
                "--where its cells must be true/false (or 1/0)."})
    String outcome;

    @Option(names = "--where", paramLabel = "EXPR",
            description = {"Which outcome cells are cases of interest: an operator (>=, >, <=,",
                "<, ==, !=) and a number, true/false or a text, e.g. '>=0.5'.",
                "Default: == true. Empty cells are never of interest."})
    String where;

    @Option(names = "--inputs", paramLabel = "COL,...", split = ",",
            description = {"The input columns. Default for a results folder: the varied",
                "parameters; required for a CSV."})
    List<String> inputs;

    @Option(names = "--stage", paramLabel = "ID",
            description = "The stage whose rows are searched (results folder; default: the last).")
    String stage;

    @Option(names = "--peel-alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Share of the box peeled off one face per step (default: ${DEFAULT-VALUE}).")
    double peelAlpha;

    @Option(names = "--paste-alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Share of the candidates pasted back per step (default: ${DEFAULT-VALUE}).")
    double pasteAlpha;

    @Option(names = "--min-mass", paramLabel = "M", defaultValue = "0.05",
            description = "Smallest share of all rows a box may hold (default: ${DEFAULT-VALUE}).")
    double minMass;

    @Option(names = "--threshold", paramLabel = "C", defaultValue = "0.8",
            description = "Choose the densest box with coverage >= C (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--box", paramLabel = "K", defaultValue = "-1",
            description = "Choose box K of the trajectory instead.", showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    int box;

    @Option(names = "--regions", paramLabel = "N", defaultValue = "1",
            description = {"Covering: after a box, search again on the rows outside it, up to",
                "N boxes (default: ${DEFAULT-VALUE})."})
    int regions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write trajectory.csv, limits.csv and tradeoff.png into this new folder.")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing non-empty --out folder.")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrimSettings settings = settings();
        Discovery discovery;
        String title;
        try {
            Where test = where == null ? Where.IS_TRUE : Where.parse(where);
            Dataset data;
            if (Files.isDirectory(source)) {
                ResultsSource.Read read = ResultsSource.read(source, inputs, outcome, test, stage);
                data = read.data();
                ResultsManifest m = read.manifest();
                title = (m.scenarioName().isEmpty() ? source.toString() : m.scenarioName()) + ", stage " + read.stage();
                if (!m.complete()) {
                    err.println("note: the sweep is incomplete; the search covers the runs written so far");
                }
            } else if (Files.isRegularFile(source)) {
                if (stage != null) {
                    throw new DiscoverException("--stage applies to a results folder, not to the file " + source);
                }
                if (inputs == null) {
                    throw new DiscoverException("--inputs is needed for a CSV file: name its input columns");
                }
                data = CsvSource.read(source, inputs, outcome, test);
                title = source.getFileName().toString();
            } else {
                throw new NoSuchFileException(source.toString());
            }
            if (data.empty() > 0) {
                err.println("note: " + data.empty() + " rows have an empty " + Terminal.safe(outcome)
                        + " cell; they count as not of interest");
            }
            discovery = Prim.run(data, settings);
        } catch (DiscoverException e) {
            err.println("error: " + Terminal.safe(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
        }
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(Terminal.lines(DiscoveryReport.text(discovery, title)));
        if (out != null) {
            Path written = write(discovery, title);
            stdout.println();
            stdout.println("written: " + written);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private PrimSettings settings() {
        if (regions > 1 && box >= 0) {
            throw new ParameterException(spec.commandLine(), "--box picks a box of one trajectory; "
                    + "it cannot be combined with --regions " + regions);
        }
        try {
            return new PrimSettings(peelAlpha, pasteAlpha, minMass, threshold, box, regions);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Path write(Discovery discovery, String title)
            throws IOException, OutputExistsException, FolderInUseException {
        try (ResultsFolder folder = ResultsFolder.prepare(out, overwrite)) {
            Path dir = folder.staging();
            for (int r = 1; r <= discovery.regions().size(); r++) {
                Files.writeString(dir.resolve(DiscoveryReport.fileName(DiscoveryReport.TRAJECTORY, r)),
                        DiscoveryReport.trajectoryCsv(discovery, r), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(DiscoveryReport.fileName(DiscoveryReport.LIMITS, r)),
                        DiscoveryReport.limitsCsv(discovery, r), StandardCharsets.UTF_8);
                Files.write(dir.resolve(TradeoffChart.fileName(r)),
                        ChartImages.png(TradeoffChart.of(discovery, r, title).chart()));
            }
            folder.commit();
            return folder.target();
        }
    }
}
