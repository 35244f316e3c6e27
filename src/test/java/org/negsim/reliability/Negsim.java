package org.negsim.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.negsim.cli.Cli;
import org.negsim.cli.Main;

/**
 * Runs {@code negsim} in-process with captured output (through {@link Main#newCommandLine()}, exactly
 * as the launcher does minus {@code System.exit}), and the assertions every reliability test shares.
 */
final class Negsim {

    /** The exit code and what was printed. */
    record Result(int exitCode, String out, String err) {

        /** For assertion messages: everything that was printed. */
        String printed() {
            return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    private Negsim() {
    }

    /** Executes {@code negsim args…} (through the CLI tests' {@link Cli}). */
    static Result execute(String... args) {
        Cli.Result r = Cli.execute(args);
        return new Result(r.exitCode(), r.out(), r.err());
    }

    /** A test resource as a file, e.g. {@code invalid/empty-file.json}. */
    static Path resource(String name) {
        try {
            var url = Negsim.class.getResource("/" + name);
            if (url == null) {
                throw new IllegalStateException("missing test resource /" + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text contains anything that looks like a Java stack trace or exception name. */
    static boolean looksLikeStackTrace(String text) {
        return text.contains("\tat ") || text.contains("Exception") || text.contains("java.lang.")
                || text.contains("Caused by");
    }

    /**
     * Asserts a refusal: the exit code, standard output empty, standard error exactly one line
     * {@code error: MESSAGE} and no stack trace.
     */
    static void assertRefused(Result r, int exitCode, String message) {
        assertEquals(exitCode, r.exitCode(), r.printed());
        assertEquals("error: " + message + "\n", r.err(), r.printed());
        assertEquals("", r.out(), r.printed());
    }

    /** Asserts exit code 2 with one line starting {@code error: $} and nothing on standard output. */
    static void assertOneLineScenarioError(Result r) {
        assertEquals(2, r.exitCode(), r.printed());
        assertTrue(r.err().startsWith("error: "), r.printed());
        assertEquals(1, r.err().lines().count(), r.printed());
        assertTrue(r.err().endsWith("\n"), r.printed());
        assertFalse(looksLikeStackTrace(r.err()), r.printed());
    }

    /** The names in a folder, sorted (hidden ones included). */
    static List<String> names(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
