package org.negsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.negsim.plot.Plots;
import org.negsim.plot.ResultsSet;
import org.negsim.scenario.ScenarioException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The options {@code plot} and {@code report} share — the results folder, {@code --bins} and
 * {@code --quiet} — as a picocli mixin, with the loading both do first.
 */
final class ChartInput {

    /** The most bins a chart can show legibly (1000 pixels wide). */
    static final int MAX_BINS = 200;

    @Parameters(paramLabel = "RESULTS", description = "A results folder written by 'negsim run' or 'negsim sweep'.")
    Path results;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "" + Plots.DEFAULT_BINS,
            description = "Equal-width bins for a parameter sampled from a min..max range (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--overwrite", description = "Replace the output negsim wrote there before.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    /** Checks {@code --bins}, switches AWT to headless (charts need no display) and loads the folder. */
    ResultsSet load(CommandSpec spec) throws IOException, ScenarioException {
        if (bins < 1 || bins > MAX_BINS) {
            throw new ParameterException(spec.commandLine(), "--bins must be between 1 and " + MAX_BINS + ", was " + bins);
        }
        System.setProperty("java.awt.headless", "true");
        return ResultsSet.load(results);
    }
}
