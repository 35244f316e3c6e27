package org.negsim.cli;

import com.google.gson.JsonObject;
import org.negsim.sweep.Shard;
import org.negsim.sweep.SweepPlan;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.model.Scenario;
import org.negsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code negsim validate}: checks a scenario without running it or writing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a scenario file; print one line: OK with its counts, or the first error.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (JSON).")
    Path scenarioFile;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile, List.of());
        Scenario s = loaded.scenario();
        String experiment = "";
        if (loaded.tree().has("experiment")) {
            // every vary value is checked exactly as sweep checks it before its first run, on the whole tree
            JsonObject tree = loaded.actorsStreamed() ? ScenarioLoader.readTree(scenarioFile) : loaded.tree();
            SweepPlan plan = SweepPlan.create(tree, SweepPlan.Overrides.NONE, Shard.ALL);
            experiment = "; experiment: " + plan.design().type() + " design, " + count(plan.design().size(), "point")
                    + " × " + count(plan.replications(), "replication") + " = " + count(plan.totalRuns(), "run");
        }
        spec.commandLine().getOut().println("OK " + Terminal.safe(scenarioFile.toString()) + ": " + s.name() + ", "
                + count(s.issues().size(), "issue") + ", " + count(s.actors().size(), "actor") + ", "
                + count(s.stages().size(), "stage") + experiment);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
