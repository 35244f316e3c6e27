package org.negsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.negsim.io.DamagedResultsException;
import org.negsim.io.FolderInUseException;
import org.negsim.io.MalformedResultsException;
import org.negsim.io.OutputExistsException;
import org.negsim.scenario.ScenarioException;
import org.negsim.sweep.SweepRefusedException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on standard error (an invalid scenario: one line per error
 * found, see {@code ScenarioException#lines}) and an exit code: invalid scenario or usage, or a run estimated not to fit in the heap → 2 ({@code error: …}), input/output → 3
 * ({@code error: …}), anything else → 1 ({@code internal error: …}; running out of memory is caught
 * in {@link Main}). The stack trace is printed only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + Terminal.safe(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean verbose = verbose(parseResult);
        Throwable shown = ioCause(ex);
        int code;
        if (shown instanceof ScenarioException many) {
            for (String line : many.lines()) {
                err.println("error: " + Terminal.safe(line));
            }
            code = ExitCodes.USAGE;
        } else if (shown instanceof OutputExistsException
                || shown instanceof FolderInUseException || shown instanceof DamagedResultsException
                || shown instanceof MalformedResultsException
                || shown instanceof SweepRefusedException || shown instanceof HeapCheck.TooLargeException) {
            err.println("error: " + Terminal.safe(shown.getMessage()));
            code = ExitCodes.USAGE;
        } else if (shown instanceof ParameterException p) {
            return handleParseException(p, parseResult.originalArgs().toArray(new String[0]));
        } else if (shown instanceof IOException io) {
            err.println("error: " + Terminal.safe(describe(io)));
            code = ExitCodes.IO_ERROR;
        } else {
            err.println("internal error: " + Terminal.safe(String.valueOf(shown)) + (verbose ? "" : " (run with --verbose for the stack trace)"));
            code = ExitCodes.INTERNAL_ERROR;
        }
        if (verbose) {
            shown.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The exception to report: {@code ex} itself, or the input/output failure beneath it when a
     * library wrapped one in an unchecked exception (Gson's {@code JsonIOException} on a full disk,
     * {@code UncheckedIOException} from a stream), so that it is reported as such with exit 3.
     */
    private static Throwable ioCause(Exception ex) {
        if (ex instanceof IOException) {
            return ex;
        }
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException) {
                return t;
            }
        }
        return ex;
    }

    /** A one-line description of an input/output failure that names the file. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NotDirectoryException ? "exists and is not a folder"
                    : e instanceof FileAlreadyExistsException
                            // createDirectories of --out /dev/null/x: a parent is a file
                            ? (Files.exists(Path.of(f.getFile())) && !Files.isDirectory(Path.of(f.getFile()))
                                    ? "exists and is not a folder" : "already exists")
                    : e instanceof DirectoryNotEmptyException ? "folder is not empty"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Whether {@code --verbose} was given on any command of the parsed line. */
    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
