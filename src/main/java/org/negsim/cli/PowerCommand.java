package org.negsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.negsim.random.Seeds;
import org.negsim.model.Scenario;
import org.negsim.model.Stage;
import org.negsim.power.PowerAnalysis;
import org.negsim.power.PowerException;
import org.negsim.power.PowerTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code negsim power}: the voting power of each member in the simple game of a vote stage's rule
 * (Penrose measure, normalised Banzhaf and Shapley–Shubik indices, winning coalitions). Reads the
 * scenario with every {@code --set} applied; writes nothing but standard output.
 */
@Command(name = "power", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Voting power of the members of a vote stage under its rule: Penrose measure,",
            "normalised Banzhaf and Shapley-Shubik indices, and the number and share of winning coalitions.",
            "Exact whenever it can be (generating functions or enumeration); otherwise a seeded Monte Carlo",
            "estimate with 95% intervals, which the output says. --seed seeds that estimate."})
final class PowerCommand implements Callable<Integer> {

    /** How to compute, as the user names it. */
    enum MethodChoice { auto, dp, enumeration, montecarlo }

    @Spec
    CommandSpec spec;

    @Mixin
    RunSelection selection;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the Monte Carlo estimate, when one is needed (default: the seed of run 0 of a sweep of this scenario).")
    Long seed;

    @Option(names = "--stage", paramLabel = "ID", description = "The vote stage (default: every vote stage).")
    String stageId;

    @Option(names = "--csv", description = "Print CSV (actor, penrose, banzhaf, shapley_shubik) for one vote stage.")
    boolean csv;

    @Option(names = "--method", paramLabel = "M",
            description = "auto (default: the cheapest exact method, else Monte Carlo), dp, enumeration or montecarlo.")
    MethodChoice method = MethodChoice.auto;

    @Option(names = "--samples", paramLabel = "N",
            description = "Random coalitions and orderings of a Monte Carlo estimate (default: 1000000).")
    long samples = PowerAnalysis.Options.DEFAULT_SAMPLES;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new ParameterException(spec.commandLine(), "--samples must be >= 1, was " + samples);
        }
        Scenario scenario = selection.load().scenario();
        List<Stage> stages = stages(scenario);
        PowerAnalysis.Options options = new PowerAnalysis.Options(switch (method) {
            case auto -> null;
            case dp -> PowerTable.Method.DYNAMIC_PROGRAMMING;
            case enumeration -> PowerTable.Method.ENUMERATION;
            case montecarlo -> PowerTable.Method.MONTE_CARLO;
        }, samples, seed != null ? SeedOption.checked(seed) : Seeds.forRun(scenario.seed(), 0, 0));
        PrintWriter out = spec.commandLine().getOut();
        if (!csv) {
            out.println(scenario.name() + ": voting power under the rule of each vote stage");
        }
        for (Stage stage : stages) {
            PowerTable table;
            try {
                table = PowerAnalysis.of(scenario, stage, options);
            } catch (PowerException e) {
                throw new ParameterException(spec.commandLine(), "stage '" + stage.id() + "': " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "stage '" + stage.id() + "': --method "
                        + method + " cannot be used: " + e.getMessage() + "; use --method auto");
            }
            if (csv) {
                out.print(PowerText.csv(table));
                continue;
            }
            out.println();
            PowerText.heading(stage, table).forEach(out::println);
            out.println();
            PowerText.table(scenario, table).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<Stage> stages(Scenario scenario) {
        List<Stage> votes = PowerAnalysis.voteStages(scenario);
        String list = PowerAnalysis.voteStageList(scenario);
        if (stageId == null) {
            if (votes.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no power to compute: " + list
                        + " (open declarations have no vote)");
            }
            if (csv && votes.size() > 1) {
                throw new ParameterException(spec.commandLine(), "--csv prints one stage: give --stage ID (" + list + ")");
            }
            return votes;
        }
        Stage stage = scenario.stages().stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
        if (stage == null) {
            throw new ParameterException(spec.commandLine(), "--stage " + stageId + ": no such stage; " + list);
        }
        if (stage.isOpenDeclaration()) {
            throw new ParameterException(spec.commandLine(), "--stage " + stageId
                    + ": an open declaration has no vote, so no voting power; " + list);
        }
        return List.of(stage);
    }
}
