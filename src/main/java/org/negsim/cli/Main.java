package org.negsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

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
                .setParameterExceptionHandler(errors)
                .setExecutionStrategy(Main::executeWithinMemory);
        listExitCodes(cmd);
        return cmd;
    }

    /**
     * Runs the chosen command; the last resort when the heap runs out anyway (the estimate of
     * {@link HeapCheck} is rough, and reading a huge scenario happens before it): one line, no
     * stack trace, exit code 3 (a resource of this machine ran out; not a bug). By then the unwinding has freed the command's memory, and a
     * results folder being written has been removed (a sweep's folder stays, resumable).
     */
    private static int executeWithinMemory(ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            long max = Runtime.getRuntime().maxMemory();
            PrintWriter err = parseResult.commandSpec().commandLine().getErr();
            err.println("error: out of memory (" + e.getMessage() + "): the JVM has " + (max >> 20)
                    + " MB of heap; rerun with JAVA_OPTS=-Xmx" + HeapCheck.suggestXmx(2 * max)
                    + " or with fewer actors, stages or rounds");
            err.flush();
            return ExitCodes.IO_ERROR;
        }
    }

    /** Adds the exit codes to the help of the command and of all its subcommands. */
    private static void listExitCodes(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage()
                .exitCodeListHeading(ExitCodes.HEADING)
                .exitCodeList(ExitCodes.descriptions());
        cmd.getSubcommands().values().forEach(Main::listExitCodes);
    }
}
