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

    @Parameters(paramLabel = "RESULTS", description = "A results folder written by 'negsim run' or 'negsim sweep'.")
    Path results;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "" + Plots.DEFAULT_BINS,
            description = "Equal-width bins for a parameter sampled from a min..max range (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    /** Checks {@code --bins}, switches AWT to headless (charts need no display) and loads the folder. */
    ResultsSet load(CommandSpec spec) throws IOException, ScenarioException {
        if (bins < 1) {
            throw new ParameterException(spec.commandLine(), "--bins must be at least 1, was " + bins);
        }
        System.setProperty("java.awt.headless", "true");
        return ResultsSet.load(results);
    }
}
