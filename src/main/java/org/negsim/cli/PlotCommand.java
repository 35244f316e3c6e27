package org.negsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.io.ResultsFolder;
import org.negsim.plot.ChartImages;
import org.negsim.plot.NamedChart;
import org.negsim.plot.Plots;
import org.negsim.plot.ResultsSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim plot}: PNG charts of a results folder (headless, no display needed). A run gets
 * {@code signatures-STAGE.png} / {@code text-STAGE.png}; a sweep {@code success-STAGE-by-PARAM.png}
 * and {@code heatmap-STAGE-PARAMX-PARAMY.png}. The folder is written as a whole (complete or
 * not at all); an existing one is replaced only with {@code --overwrite} and only if negsim made it.
 */
@Command(header = "Draw PNG charts of a results folder.",
        name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Draw PNG charts (1000x600) of a results folder of 'run' or 'sweep'.",
            "Run: signatures-STAGE.png (joined actors by kind per round, success threshold and round) for",
            "open declarations, text-STAGE.png (the text per issue per round) for votes.",
            "Sweep: success-STAGE-by-PARAM.png (success rate with its 95% Wilson band per value or bin)",
            "and heatmap-STAGE-PARAMX-PARAMY.png (success rate over two parameters)."})
final class PlotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ChartInput input;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the PNG files go (default: RESULTS/plots).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ResultsSet set = input.load(spec);
        List<NamedChart> charts = Plots.of(set, input.bins);
        Path target = out != null ? out : input.results.resolve("plots");
        List<Path> written = new ArrayList<>();
        try (ResultsFolder folder = ResultsFolder.prepare(target, input.overwrite)) {
            for (Path p : ChartImages.writeAll(charts, folder.staging())) {
                written.add(target.resolve(p.getFileName()));
            }
            folder.commit();
        }
        if (!input.quiet) {
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
