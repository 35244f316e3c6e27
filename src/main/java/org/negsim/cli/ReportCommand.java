package org.negsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.discover.DiscoverException;
import org.negsim.discover.Discovery;
import org.negsim.discover.Prim;
import org.negsim.discover.PrimSettings;
import org.negsim.discover.ResultsSource;
import org.negsim.discover.Where;
import org.negsim.io.OutputFile;
import org.negsim.plot.ChartImages;
import org.negsim.plot.Figure;
import org.negsim.plot.HtmlReport;
import org.negsim.plot.NamedChart;
import org.negsim.plot.PowerCharts;
import org.negsim.plot.ResultsSet;
import org.negsim.plot.RunCharts;
import org.negsim.plot.SignRegion;
import org.negsim.plot.SuccessRates;
import org.negsim.plot.SignatureBands;
import org.negsim.plot.SweepCharts;
import org.negsim.plot.TradeoffChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim report}: one self-contained HTML file about a results folder (scenario, outcome
 * table, the charts of {@code negsim plot} embedded as data URIs), written through a temporary
 * file renamed into place; an existing file is replaced only with {@code --overwrite} and only if
 * it is a negsim report.
 */
@Command(header = "Write one self-contained HTML report of a results folder.",
        name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Write one self-contained HTML page about a results folder: the scenario, the outcome",
            "(per stage; for a sweep the success rate with its 95% Wilson interval, overall and per",
            "varied parameter), the voting power of each vote stage and the charts of 'negsim plot',",
            "embedded. No scripts, no external files."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ChartInput input;

    @Option(names = "--out", paramLabel = "FILE", description = "The HTML file (default: RESULTS/report.html).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ResultsSet set = input.load(spec);
        SuccessRates rates = set.isSweep() ? new SuccessRates(set, input.bins) : null;
        List<NamedChart> charts = new ArrayList<>(rates != null ? SweepCharts.of(set, rates) : RunCharts.of(set));
        if (rates != null) {
            charts.addAll(SignatureBands.of(set));
        }
        List<PowerCharts.StagePower> power = PowerCharts.of(set.scenario());
        charts.addAll(PowerCharts.charts(set.scenario(), power));
        List<Figure> figures = new ArrayList<>();
        for (NamedChart c : charts) {
            figures.add(new Figure(c.fileName(), c.caption(), ChartImages.png(c.chart())));
        }
        String html = HtmlReport.render(set, rates, figures, power, signs(set));
        Path target = (out != null ? out : input.results.resolve("report.html")).toAbsolutePath();
        OutputFile.write(target, html, input.overwrite, HtmlReport.GENERATOR);
        if (!input.quiet) {
            spec.commandLine().getOut().println(target);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /** PRIM on the last stage's success over the varied parameters of a sweep; null for a run or nothing varied. */
    private static SignRegion signs(ResultsSet set) throws IOException {
        if (!set.isSweep() || set.parameters().isEmpty()) {
            return null;
        }
        String stage = set.scenario().stages().get(set.scenario().stages().size() - 1).id();
        try {
            ResultsSource.Read read = ResultsSource.read(set.folder(), null, "success", Where.IS_TRUE, null);
            Discovery d = Prim.run(read.data(), PrimSettings.DEFAULTS);
            NamedChart c = TradeoffChart.of(d, 1, set.scenario().name() + ", stage " + read.stage());
            return new SignRegion(read.stage(), d, null, new Figure(c.fileName(), c.caption(), ChartImages.png(c.chart())));
        } catch (DiscoverException e) {
            return new SignRegion(stage, null, e.getMessage(), null);
        }
    }
}
