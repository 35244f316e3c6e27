package org.negsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.plot.ChartImages;
import org.negsim.plot.NamedChart;
import org.negsim.plot.Plots;
import org.negsim.plot.ResultsSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim plot}: PNG charts of a results folder (headless, no display needed). A run gets
 * {@code signatures-STAGE.png} / {@code text-STAGE.png}; a sweep {@code success-STAGE-by-PARAM.png}
 * and {@code heatmap-STAGE-PARAMX-PARAMY.png}. Existing files of the same names are replaced.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Draw PNG charts (1000x600) of a results folder of 'run' or 'sweep'.",
            "Run: signatures-STAGE.png (joined actors by kind per round, success threshold and round) for",
            "open declarations, text-STAGE.png (the text per issue per round) for votes.",
            "Sweep: success-STAGE-by-PARAM.png (success rate with its 95% Wilson band per value or bin)",
            "and heatmap-STAGE-PARAMX-PARAMY.png (success rate over two parameters)."})
final class PlotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", description = "A results folder written by 'negsim run' or 'negsim sweep'.")
    Path results;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the PNG files go (default: RESULTS/plots).")
    Path out;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "" + Plots.DEFAULT_BINS,
            description = "Equal-width bins for a parameter sampled from a min..max range (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (bins < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bins must be at least 1, was " + bins);
        }
        ResultsSet set = ResultsSet.load(results);
        List<NamedChart> charts = Plots.of(set, bins);
        Path target = out != null ? out : results.resolve("plots");
        List<Path> written = ChartImages.writeAll(charts, target);
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            for (Path p : written) {
                o.println(p);
            }
            if (written.isEmpty()) {
                o.println("no charts: " + (set.isSweep() ? "no stage ran" : "the folder has no rounds.csv"));
            }
            o.flush();
        }
        return ExitCodes.OK;
    }
}
