package org.negsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code negsim} in-process with captured output, as the CLI tests (and others) need. */
public final class Cli {

    /** The exit code and what was printed. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Executes {@code negsim args…} through {@link Main#newCommandLine()}. */
    public static Result execute(String... args) {
        CommandLine cmd = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Copies the golden fixture scenario {@code golden/NAME} into {@code dir} and returns its path. */
    static Path copyFixture(String name, Path dir) {
        try (InputStream in = Cli.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /golden/" + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
