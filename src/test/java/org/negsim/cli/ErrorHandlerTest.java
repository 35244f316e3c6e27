package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.negsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {

    /** A command that throws whatever it is given. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        private final Exception toThrow;

        Fail(Exception toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() throws Exception {
            throw toThrow;
        }
    }

    private static Cli.Result execute(Exception toThrow, String... extra) {
        CommandLine cmd = Main.newCommandLine();
        cmd.addSubcommand("fail", new Fail(toThrow));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] args = new String[extra.length + 1];
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[0] = "fail";
        return new Cli.Result(cmd.execute(args), out.toString(), err.toString());
    }

    @Test
    void anUnforeseenExceptionIsAnInternalErrorWithoutStackTrace() {
        Cli.Result r = execute(new IllegalStateException("boom"));
        assertEquals(1, r.exitCode());
        assertEquals("internal error: java.lang.IllegalStateException: boom"
                + " (run with --verbose for the stack trace)\n", r.err());
    }

    @Test
    void aFullDiskBeneathAWrappingLibraryIsAnInputOutputError() {
        // Gson's JsonWriter wraps the IOException of a full disk while the manifest is written
        Cli.Result r = execute(new com.google.gson.JsonIOException(
                new java.nio.file.FileSystemException("/r/.manifest.json.tmp-1", null, "No space left on device")));
        assertEquals(3, r.exitCode());
        assertEquals("error: /r/.manifest.json.tmp-1: No space left on device\n", r.err());
        Cli.Result unchecked = execute(new java.io.UncheckedIOException(new java.io.IOException("disk full")));
        assertEquals(3, unchecked.exitCode());
        assertEquals("error: disk full\n", unchecked.err());
    }

    @Test
    void controlCharactersInAMessageAreEscaped() {
        Cli.Result r = execute(new java.io.IOException("evil\u001b[2J\nsecond line"));
        assertEquals("error: evil\\u001b[2J\\u000asecond line\n", r.err());
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Result r = execute(new IllegalStateException("boom"), "--verbose");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("internal error: java.lang.IllegalStateException: boom\n"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void scenarioExceptionIsExitTwoWithItsOneLineMessage() {
        Cli.Result r = execute(new ScenarioException("$.issues[0].statusQuo", "must be in [0, 1], was 2"));
        assertEquals(2, r.exitCode());
        assertEquals("error: $.issues[0].statusQuo: must be in [0, 1], was 2\n", r.err());
    }

    @Test
    void uncheckedIoExceptionIsExitThreeNamingTheFile() {
        Cli.Result r = execute(new UncheckedIOException(new AccessDeniedException("/data/out")));
        assertEquals(3, r.exitCode());
        assertEquals("error: /data/out: permission denied\n", r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void plainIoExceptionShowsItsMessage() {
        Cli.Result r = execute(new IOException("No space left on device"));
        assertEquals(3, r.exitCode());
        assertEquals("error: No space left on device\n", r.err());
    }
}
