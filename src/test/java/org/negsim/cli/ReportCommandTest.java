package org.negsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    private Path run() {
        Path s = Cli.copyFixture("small-call.json", dir);
        Path out = dir.resolve("r");
        Cli.Result r = Cli.execute("run", s.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    static long images(String html) {
        return Pattern.compile("<img src=\"data:image/png;base64,").matcher(html).results().count();
    }

    @Test
    void writesReportHtmlIntoTheResultsFolderByDefault() throws Exception {
        Path results = run();
        Cli.Result r = Cli.execute("report", results.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path report = results.resolve("report.html").toAbsolutePath();
        assertEquals(report + "\n", r.out());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>small-call</h1>"));
        assertTrue(html.contains("<h2 id=\"outcome\">Outcome</h2>"));
        assertTrue(images(html) >= 2, "a chart per stage that ran");
        assertFalse(Files.exists(results.resolve("plots")), "report does not write the PNG files");
    }

    @Test
    void sweepReportWithOutFile() throws Exception {
        Path s = Cli.copyFixture("small-call.json", dir);
        Path results = dir.resolve("s");
        assertEquals(0, Cli.execute("sweep", s.toString(), "--out", results.toString(), "--quiet",
                "--replications", "2", "--vary", "stages[gge].concession=0,0.5").exitCode());
        Path out = dir.resolve("elsewhere.html");
        Cli.Result r = Cli.execute("report", results.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h3>By stages[gge].concession</h3>"));
        assertTrue(html.contains("95 % interval"));
        assertTrue(images(html) >= 1);
    }

    @Test
    void missingResultsFolderIsAnInputOutputError() {
        Cli.Result r = Cli.execute("report", dir.resolve("none").toString());
        assertEquals(3, r.exitCode());
    }
}
