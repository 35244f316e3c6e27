package org.negsim.cli;

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
        Scenario s = ScenarioLoader.bind(ScenarioLoader.readTree(scenarioFile));
        spec.commandLine().getOut().println("OK " + scenarioFile + ": " + s.name() + ", "
                + count(s.issues().size(), "issue") + ", " + count(s.actors().size(), "actor") + ", "
                + count(s.stages().size(), "stage"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
