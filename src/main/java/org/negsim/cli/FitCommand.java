package org.negsim.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.negsim.fit.Estimator;
import org.negsim.fit.Fit;
import org.negsim.fit.Record;
import org.negsim.fit.RecordReader;
import org.negsim.fit.Scores;
import org.negsim.io.CsvFormat;
import org.negsim.io.ResultsFolder;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim fit}: maximum-likelihood estimates of free parameters from a historical record,
 * with standard errors, intervals and held-out scores (docs/fit.md). Writes {@code fit.csv},
 * {@code fit.json} and {@code fitted.json} into a results folder that appears complete or not at all.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Estimate free parameters of a scenario from a historical record (maximum likelihood).",
            "Writes fit.csv, fit.json and fitted.json (the scenario with the estimates set)."})
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Option(names = "--record", required = true, paramLabel = "FILE",
            description = "The record: CSV with columns stage,actor,decision,round.")
    Path recordFile;

    @Option(names = "--free", required = true, paramLabel = "PATH=MIN..MAX",
            description = {"A free parameter and its range (repeatable), e.g. actors[kind=state].signCost=0..0.5.",
                "A coefficient actors[SEL].F*COVARIATE=MIN..MAX adds its value times each selected actor's COVARIATE"
                    + " (capability, position.ISSUE, salience.ISSUE, weights.NAME) to its F (signCost, conformity,"
                    + " flexibility, temperature), after the plain paths: with actors[SEL].F free too, F is linear in the covariate."})
    List<String> free;

    @Option(names = "--holdout", paramLabel = "SELECTOR",
            description = "Hold out these recorded actors: kind=K, group=G or ids A,B.")
    String holdout;

    @Option(names = "--holdout-fraction", paramLabel = "F",
            description = "Hold out a random fraction F (0 < F < 1) of the recorded actors (drawn with --seed).")
    Double holdoutFraction;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the random starts, the hold-out draw and the simulated likelihood (default: the scenario's experiment.seed).")
    Long seed;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "3", description = "Starts of the optimiser (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "200",
            description = "Replays of the simulated likelihood, when the record leaves the history open (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--out", paramLabel = "DIR", description = "The results folder (default: results/<scenario name>-fit).")
    Path out;

    @Option(names = "--overwrite", description = "Replace an existing, non-empty results folder.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (starts < 1 || draws < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--starts and --draws must be >= 1");
        }
        JsonObject tree = ScenarioLoader.readTree(scenarioFile);
        Scenario scenario = ScenarioLoader.bind(tree);
        Record record = RecordReader.read(recordFile, scenario);
        long s = seed != null ? SeedOption.checked(seed) : scenario.seed();
        Fit.Result r = Fit.run(tree, scenario, record, free, new Fit.Options(holdout, holdoutFraction, s, starts, draws));
        Path target = out != null ? out : ResultsFolder.defaultFor(scenario.name() + "-fit");
        try (ResultsFolder folder = ResultsFolder.prepare(target, overwrite)) {
            Files.writeString(folder.staging().resolve("fit.csv"), csv(r), StandardCharsets.UTF_8);
            Files.writeString(folder.staging().resolve("fit.json"), json(r, record.file(), s), StandardCharsets.UTF_8);
            Files.writeString(folder.staging().resolve("fitted.json"),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(r.fitted()) + "\n",
                    StandardCharsets.UTF_8);
            folder.commit();
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(table(r));
            o.println("results: " + target);
            o.flush();
        }
        return ExitCodes.OK;
    }

    static String csv(Fit.Result r) {
        StringBuilder b = new StringBuilder();
        CsvFormat.appendRecord(b, List.of("parameter", "estimate", "se", "low", "high"));
        for (Estimator.Estimate e : r.estimate().estimates()) {
            CsvFormat.appendRecord(b, List.of(e.path(), CsvFormat.cell(e.value()), cell(e.se()), CsvFormat.cell(e.low()),
                    CsvFormat.cell(e.high())));
        }
        return b.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? CsvFormat.cell(v) : "";
    }

    static String json(Fit.Result r, String recordName, long seed) {
        JsonObject o = new JsonObject();
        o.addProperty("record", recordName);
        o.addProperty("method", r.exact() ? "exact" : "simulated");
        if (!r.exact()) {
            o.addProperty("whySimulated", r.whySimulated());
            o.addProperty("replays", r.replays());
            o.addProperty("effectiveReplays", Math.round(r.effectiveReplays() * 10) / 10.0);
        }
        o.addProperty("seed", seed);
        o.addProperty("logLikelihood", r.estimate().logLikelihood());
        o.addProperty("n", r.n());
        o.addProperty("parameters", r.parameters().size());
        o.addProperty("aic", r.aic());
        o.addProperty("bic", r.bic());
        JsonObject conv = new JsonObject();
        conv.addProperty("converged", r.estimate().converged());
        conv.addProperty("starts", r.estimate().starts());
        conv.addProperty("startsAgreeing", r.estimate().startsAgreeing());
        conv.addProperty("evaluations", r.estimate().evaluations());
        o.add("convergence", conv);
        JsonArray est = new JsonArray();
        for (Estimator.Estimate e : r.estimate().estimates()) {
            JsonObject p = new JsonObject();
            p.addProperty("parameter", e.path());
            p.addProperty("estimate", e.value());
            if (Double.isFinite(e.se())) {
                p.addProperty("se", e.se());
            }
            p.addProperty("low", e.low());
            p.addProperty("high", e.high());
            p.addProperty("interval", e.interval());
            if (e.bound() != null) {
                p.addProperty("atBound", e.bound());
            }
            est.add(p);
        }
        o.add("estimates", est);
        o.add("inSample", sample(r.inSample()));
        JsonObject held = sample(r.heldOut());
        held.addProperty("actors", r.heldOutActors());
        o.add("heldOut", held);
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(o) + "\n";
    }

    private static JsonObject sample(Scores.Sample s) {
        JsonObject o = new JsonObject();
        o.addProperty("decisions", s.decisions());
        if (s.decisions() > 0) {
            o.addProperty("brier", s.brier());
            o.addProperty("logScore", s.logScore());
            o.addProperty("correct", s.correct());
            o.addProperty("baselineBrier", s.baselineBrier());
            o.addProperty("baselineLogScore", s.baselineLogScore());
            o.addProperty("baselineCorrect", s.baselineCorrect());
        }
        return o;
    }

    static String table(Fit.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(r.exact() ? "exact likelihood" : String.format(Locale.ROOT, "simulated likelihood (%d replays, %.1f effective"
                + " at the estimate; %s)", r.replays(), r.effectiveReplays(), r.whySimulated())).append('\n');
        int w = 9;
        for (Estimator.Estimate e : r.estimate().estimates()) {
            w = Math.max(w, e.path().length());
        }
        b.append(String.format(Locale.ROOT, "%-" + w + "s  %10s  %10s  %22s  %s%n", "parameter", "estimate", "se",
                "95% interval", "note"));
        for (Estimator.Estimate e : r.estimate().estimates()) {
            String note = e.interval().equals("wald") ? "" : e.interval();
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %10.4g  %10s  [%9.4g, %9.4g]  %s%n", e.path(), e.value(),
                    Double.isFinite(e.se()) ? String.format(Locale.ROOT, "%.4g", e.se()) : "-", e.low(), e.high(), note));
        }
        b.append(String.format(Locale.ROOT, "log-likelihood %.4f, n %d, AIC %.2f, BIC %.2f; %s, %d of %d starts agree%n",
                r.estimate().logLikelihood(), r.n(), r.aic(), r.bic(), r.estimate().converged() ? "converged" : "NOT converged",
                r.estimate().startsAgreeing(), r.estimate().starts()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"in sample", scores(r.inSample())});
        rows.add(new String[] {"held out (" + r.heldOutActors() + " actors)", r.heldOut().decisions() == 0 ? "none" : scores(r.heldOut())});
        for (String[] row : rows) {
            b.append(row[0]).append(": ").append(row[1]).append('\n');
        }
        return b.toString();
    }

    private static String scores(Scores.Sample s) {
        return String.format(Locale.ROOT, "%d decisions; Brier %.4f (baseline %.4f), log score %.4f (%.4f),"
                        + " correct %.1f%% (%.1f%%)", s.decisions(), s.brier(), s.baselineBrier(), s.logScore(),
                s.baselineLogScore(), 100 * s.correct(), 100 * s.baselineCorrect());
    }
}
