package org.negsim.cli;

import org.negsim.sweep.Shard;
import org.negsim.sweep.SweepPlan;

import java.nio.file.Path;
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
        // read as run reads it (actors and ties streamed when they can be), keeping what binding variants needs
        ScenarioLoader.Loaded loaded = ScenarioLoader.loadForVariants(scenarioFile);
        Scenario s = loaded.scenario();
        String experiment = "";
        if (loaded.tree().has("experiment")) {
            // every vary value is checked exactly as sweep checks it before its first run
            SweepPlan plan = SweepPlan.create(loaded.tree(), SweepPlan.Overrides.NONE, Shard.ALL, loaded.variants());
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
