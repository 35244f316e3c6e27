package org.negsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top command {@code negsim}: holds the subcommands and the options every command shares.
 * Without a subcommand it prints its usage and fails with exit code 2.
 */
@Command(name = "negsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulator of international negotiations.",
        subcommands = {RunCommand.class, SweepCommand.class, InspectCommand.class, DiscoverCommand.class, MergeCommand.class,
            ValidateCommand.class, PlotCommand.class, ReportCommand.class, PowerCommand.class, GuiCommand.class, SchemaCommand.class, FitCommand.class,
            TablesCommand.class},
        footer = {"%nRun 'negsim COMMAND --help' for the options of a command."})
public final class NegsimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Read by {@link ErrorHandler} from the parse result; declared here so that every command accepts it. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean verbose;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
