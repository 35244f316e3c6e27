package org.negsim.cli;

import picocli.CommandLine;

/** The {@code negsim} program: the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    /** Runs {@code negsim} with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /**
     * The configured command line: {@code negsim} with its subcommands and error handling. Tests
     * set its output and error writers and call {@link CommandLine#execute}.
     */
    public static CommandLine newCommandLine() {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(new NegsimCommand())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        listExitCodes(cmd);
        return cmd;
    }

    /** Adds the exit codes to the help of the command and of all its subcommands. */
    private static void listExitCodes(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage()
                .exitCodeListHeading(ExitCodes.HEADING)
                .exitCodeList(ExitCodes.descriptions());
        cmd.getSubcommands().values().forEach(Main::listExitCodes);
    }
}
