package org.negsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.inspect.CsvReport;
import org.negsim.inspect.InspectException;
import org.negsim.inspect.Inspection;
import org.negsim.inspect.Inspector;
import org.negsim.inspect.ResultsManifest;
import org.negsim.inspect.SobolAnalysis;
import org.negsim.inspect.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code negsim inspect}: the success rate of one stage per group of parameter values, with means
 * of the other outcomes, and the Sobol' indices of a sobol sweep. Reads the results folder in one
 * streaming pass; writes nothing.
 */
@Command(header = "Summarise a results folder: success rates, means, Sobol indices.",
        name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Summarise a results folder of run or sweep: per group of --by values the",
            "runs, the success rate with its 95 %% Wilson interval and the means",
            "(standard errors) of success_round, joined and ambition; for a sobol",
            "sweep also the first-order and total Sobol indices of the success rate."})
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", description = "The results folder (with manifest.json and runs.csv).")
    Path folder;

    @Option(names = "--by", paramLabel = "PATH",
            description = {"Group by this parameter column of runs.csv (a varied",
                "or --set path). Repeatable. Groups are listed in the",
                "order they first appear. Default: one group of all runs."})
    List<String> by = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "ID",
            description = {"The stage to inspect (default: the scenario's last).",
                "A run in which it did not run counts as not successful."})
    String stage;

    @Option(names = "--measure", paramLabel = "ID",
            description = {"Also summarise this measure (column measure_ID of runs.csv): per",
                "group n, the mean and its 95 %% interval (Wilson's when every value",
                "is 0 or 1, else mean +- t * standard error); for a sobol sweep",
                "also its Sobol indices. Repeatable."})
    List<String> measures = new ArrayList<>();

    @Option(names = "--bins", paramLabel = "N",
            description = {"Group each --by parameter sampled from a range (min..max of",
                "a random, lhs or sobol design) into N equal-width bins over",
                "that range, labelled by their interval, e.g. [0.05, 0.1)."})
    int bins;

    @Option(names = "--csv", description = {"Print the table as CSV (rates as fractions); for a",
        "sobol sweep without --by only the Sobol indices."})
    boolean csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inspection inspection;
        SobolAnalysis sobol;
        List<SobolAnalysis> measureSobol = null;
        try {
            inspection = Inspector.inspect(folder, by, stage, measures, bins);
            sobol = inspection.hasSobol() ? SobolAnalysis.of(inspection) : null;
            if (sobol != null) {
                measureSobol = new ArrayList<>();
                for (Inspection.MeasureResult m : inspection.measures()) {
                    measureSobol.add(SobolAnalysis.ofMeasure(inspection, m));
                }
            }
        } catch (InspectException e) {
            err.println("error: " + Terminal.safe(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
        }
        note(inspection, err);
        if (sobol != null && !sobol.defined()) {
            err.println("note: " + Terminal.safe(sobol.undefinedReason()));
        }
        if (!csv) {
            out.print(Terminal.lines(TextReport.render(inspection, sobol, measureSobol)));
        } else if (sobol != null && !measures.isEmpty()) {
            out.print(CsvReport.sobol(sobol, measures, measureSobol));
        } else if (sobol != null) {
            out.print(CsvReport.sobol(sobol));
        } else {
            out.print(CsvReport.groups(inspection));
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /** Says on standard error when the table covers part of a sweep. */
    private static void note(Inspection inspection, PrintWriter err) {
        ResultsManifest m = inspection.manifest();
        if (!m.complete() || inspection.runs() < m.runs()) {
            err.println("note: the sweep is incomplete: " + inspection.runs() + " of " + m.runs()
                    + " runs; the table covers the runs written so far");
        }
        if (m.isShard()) {
            err.println("note: this folder holds shard " + m.shardIndex() + "/" + m.shardCount()
                    + " of a sweep; the table covers its runs only");
        }
    }
}
